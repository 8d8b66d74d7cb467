using Markdig;
using Markdig.Renderers;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>Registers <see cref="FootnoteMarkerRenderer"/>; the parser is placed by the pipeline, before the link parser.</summary>
internal sealed class FootnoteMarkerExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        (renderer as HtmlRenderer)?.ObjectRenderers.AddIfNotAlready<FootnoteMarkerRenderer>();
}
