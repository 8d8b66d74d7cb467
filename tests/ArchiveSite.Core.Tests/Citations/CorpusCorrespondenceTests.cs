using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>Authors and recipients over the 22,029 FRUS records: most correspondence has them, and every one is in its title.</summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed class CorpusCorrespondenceTests(CorpusFixture corpus)
{
    private static IReadOnlyList<(string Title, Correspondence Correspondence)>? _cited;

    private IReadOnlyList<(string Title, Correspondence Correspondence)> Cited =>
        _cited ??= corpus.Result.Documents.Select(d => (d.Title, Correspondence.Of(d, NameAuthority.Default))).ToArray();

    [Fact]
    public void MostRecordsNameTheirAuthor()
    {
        var named = Cited.Count(c => c.Correspondence.Authors.Count > 0);
        if (corpus.IsWhole)
        {
            // Measured: 14,137 of 22,029; the rest are memoranda of conversation, editorial notes,
            // papers and minutes, whose titles name no sender.
            Assert.InRange(named, 14_000, 15_000);
            return;
        }

        // The slice's records without an author are those whose titles name no sender, counted
        // independently of the reader: no "from", "to" or "To the" in the title at all.
        var titlesWithoutAnyCorrespondent = Cited.Count(c =>
            !System.Text.RegularExpressions.Regex.IsMatch(c.Title, @"\b(from|to)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.True(named >= Cited.Count / 2, $"{named} of {Cited.Count} records name an author");
        Assert.True(named <= Cited.Count - titlesWithoutAnyCorrespondent, $"{named} authors, but {titlesWithoutAnyCorrespondent} titles name no correspondent at all");
    }

    [Fact]
    public void NoAuthorOrRecipientIsInvented()
    {
        Assert.All(Cited, cited =>
        {
            var c = cited.Correspondence;
            foreach (var name in c.Authors.Concat(c.Recipients).Concat(c.Intermediaries))
            {
                // A name kept whole is written in the title; a person of the authority is mentioned in it.
                Assert.True(name.IsPerson
                    ? NameAuthority.Default.FindMentions(cited.Title).Any(m => m.Person.Name == name.Name)
                    : cited.Title.Contains(name.Name, StringComparison.OrdinalIgnoreCase), $"{name.Name} in {cited.Title}");
            }

            Assert.True(c.Authors.Count > 0 || (c.Recipients.Count == 0 && c.Kind is null), cited.Title);
        });
    }

    [Fact]
    public void AMemorandumOfConversationHasNoAuthor()
    {
        Assert.All(Cited.Where(c => c.Title.StartsWith("Memorandum of Conversation", StringComparison.Ordinal) && !c.Title.Contains(" from ", StringComparison.OrdinalIgnoreCase)),
            c => Assert.Empty(c.Correspondence.Authors));
    }
}
