using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Tests.Rendering;

public sealed class DiffRendererTests
{
    [Fact]
    public void ChangesAreMarkedEncodedAndSpokenWithNoWhitespaceAdded()
    {
        var html = DiffRenderer.ToHtml(WordDiff.Compute("after a <b>delay</b>\n\nEnd.", "after a long <b>delay</b>\n\nEnd!"));

        Assert.Equal(
            "after a <ins><span class=\"visually-hidden\">[added: </span>long <span class=\"visually-hidden\">]</span></ins>&lt;b&gt;delay&lt;/b&gt;\n\n" +
            "<del><span class=\"visually-hidden\">[removed: </span>End.<span class=\"visually-hidden\">]</span></del>" +
            "<ins><span class=\"visually-hidden\">[added: </span>End!<span class=\"visually-hidden\">]</span></ins>",
            html);
    }
}
