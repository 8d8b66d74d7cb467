namespace ArchiveSite.Core.Documents;

/// <summary>How a record's sections and body are written.</summary>
public enum RecordFormat
{
    /// <summary>Plain headings (<c>Citation:</c>); the body keeps its line layout.</summary>
    PlainText,

    /// <summary>Bold headings (<c>**Citation:**</c>); the body is Markdown.</summary>
    Markdown,
}
