using System.Globalization;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Documents;

public sealed class ReplyThreadsTests
{
    private static ArchiveDocument Doc(string id, string title, string date, string body)
    {
        var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);
        return new ArchiveDocument(id, title, new ArchiveDate(date, day, day, DatePrecision.Day),
            new Citation(title, title, date, null, [], $"https://example.org/document/{id}"),
            "A summary.", "Russian", "Translation - English", body, RecordFormat.PlainText, id + ".txt");
    }

    /// <summary>Molotov's proposal of 1 March 1950, which the cases answer or not.</summary>
    private static ArchiveDocument Proposal { get; } = Molotov("a", "1950-03-01", "We propose a meeting.");

    private static ArchiveDocument Molotov(string id, string date, string body) => Doc(id, "Letter from Molotov to Bevin", date, body);

    private static ArchiveDocument Bevin(string id, string date, string body) => Doc(id, "Letter from Bevin to Molotov", date, body);

    private static IReadOnlyList<ReplyLink> Infer(params ArchiveDocument[] documents) => ReplyThreads.Infer(documents, NameAuthority.Default);

    [Fact]
    public void TheSeedsAreAnsweredStalinToKimIlSung()
    {
        var seeds = DocumentLoader.Load(RepositoryPaths.Seeds).Documents;

        var link = Assert.Single(ReplyThreads.Infer(seeds, NameAuthority.Default));

        Assert.Equal("112082", link.ReplyId);
        Assert.Equal("112079", link.OriginalId);
        Assert.Equal("Joseph Stalin writes to Kim Il Sung 3 days after Kim Il Sung's message to Joseph Stalin, and says “I have received your telegram”.", link.Reason);
    }

    [Fact]
    public void AMentionOfTheOriginalsDateIsEvidenceEnough()
    {
        var link = Assert.Single(Infer(
            Proposal,
            Bevin("b", "1950-03-10", "As to the proposal of 1 March 1950, we agree.")));

        Assert.Equal(("b", "a"), (link.ReplyId, link.OriginalId));
        Assert.Equal("Bevin writes to Molotov 9 days after Molotov's message to Bevin, and mentions its date, “1 March 1950”.", link.Reason.Replace("Vyacheslav ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameDirectionTwiceIsNoReply()
    {
        Assert.Empty(Infer(
            Proposal,
            Molotov("b", "1950-03-05", "I have received your letter of 1 March 1950.")));
    }

    [Fact]
    public void AnAnswerMoreThanAMonthLaterIsNoReply()
    {
        Assert.Empty(Infer(
            Proposal,
            Bevin("b", "1950-04-02", "I have received your letter.")));
    }

    [Fact]
    public void AnAnswerWithinTheMonthIsStillAReply()
    {
        Assert.Single(Infer(
            Proposal,
            Bevin("b", "1950-04-01", "I have received your letter.")));
    }

    [Fact]
    public void ReversedCorrespondentsWithoutTextualEvidenceAreNoReply()
    {
        Assert.Empty(Infer(
            Proposal,
            Bevin("b", "1950-03-05", "The weather in London is fine.")));
    }

    [Fact]
    public void ALetterOfTheSameDayOrEarlierAnswersNothing()
    {
        Assert.Empty(Infer(
            Molotov("a", "1950-03-05", "We propose a meeting."),
            Bevin("b", "1950-03-05", "I have received your letter."),
            Bevin("c", "1950-03-01", "I have received your letter.")));
    }

    [Fact]
    public void OfSeveralOriginalsTheLatestIsAnswered()
    {
        var links = Infer(
            Proposal,
            Molotov("b", "1950-03-04", "We propose another meeting."),
            Bevin("c", "1950-03-06", "In reply to your letter, we agree."));

        Assert.Equal(("c", "b"), (Assert.Single(links).ReplyId, Assert.Single(links).OriginalId));
    }

    [Fact]
    public void AnOriginalWhoseDateTheAnswerMentionsWinsOverALaterOne()
    {
        var links = Infer(
            Proposal,
            Molotov("b", "1950-03-04", "We propose another meeting."),
            Bevin("c", "1950-03-06", "Your letter of 1 March 1950 is agreed."));

        Assert.Equal("a", Assert.Single(links).OriginalId);
    }

    [Fact]
    public void OfOriginalsOfOneDayTheOneSharingMostWordsIsAnswered()
    {
        var links = Infer(
            Molotov("a", "1950-03-01", "About the Danube shipping commission."),
            Molotov("b", "1950-03-01", "About the Austrian treaty negotiations."),
            Bevin("c", "1950-03-06", "In reply to your letter about the Austrian treaty negotiations."));

        Assert.Equal("b", Assert.Single(links).OriginalId);
    }

    [Fact]
    public void AThreadIsEveryRecordReachableFromItsFirstMessage()
    {
        var links = Infer(
            Proposal,
            Bevin("b", "1950-03-06", "In reply to your letter, we agree."),
            Molotov("c", "1950-03-09", "I have received your letter of 6 March 1950."),
            Doc("d", "Letter from Acheson to Bevin", "1950-03-09", "Unrelated."));

        var roots = ReplyThreads.ThreadRoots(links);

        Assert.Equal(["a", "b", "c"], roots.Keys.Order(StringComparer.Ordinal));
        Assert.All(roots.Values, root => Assert.Equal("a", root));
    }

    [Fact]
    public void InABusyChannelAPhraseAloneLinksOnlyWhenTheLatestOriginalSharesMostWords()
    {
        var a = Molotov("a", "1950-03-01", "About the Austrian treaty negotiations.");
        var b = Molotov("b", "1950-03-04", "About the Danube shipping commission.");

        Assert.Empty(Infer(a, b, Bevin("c", "1950-03-06", "Your letter on the Austrian treaty negotiations is welcome.")));
        Assert.Equal("b", Assert.Single(Infer(a, b, Bevin("c", "1950-03-06", "Your letter on the Danube shipping commission is welcome."))).OriginalId);
    }
}
