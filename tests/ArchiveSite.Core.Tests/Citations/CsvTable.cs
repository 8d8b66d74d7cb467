using Microsoft.VisualBasic.FileIO;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>Reads a CSV file back with .NET's own RFC 4180 reader (TextFieldParser), so tests compare what a CSV reader understood.</summary>
internal static class CsvTable
{
    public static string[][] Read(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return [.. rows];
    }
}
