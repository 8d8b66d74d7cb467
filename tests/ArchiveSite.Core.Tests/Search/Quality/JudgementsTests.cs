using ArchiveSite.Benchmarks.Quality.Scoring;

namespace ArchiveSite.Core.Tests.Search.Quality;

public sealed class JudgementsTests
{
    [Fact]
    public void JudgementsAreReadByQueryAndIdWithoutCommentsOrHeader()
    {
        var judged = Judgements.Parse(["# how they were judged", Judgements.Header, "Suez canal\tfrus1-d1\t2", "Suez canal\tfrus1-d2\t0", "", "Berlin wall\tfrus2-d9\t1"]);

        Assert.Equal(2, judged["Suez canal"]["frus1-d1"]);
        Assert.Equal(0, judged["Suez canal"]["frus1-d2"]);
        Assert.Equal(1, judged["Berlin wall"]["frus2-d9"]);
    }

    [Theory]
    [InlineData("Suez canal\tfrus1-d1\t3")]
    [InlineData("Suez canal\tfrus1-d1")]
    [InlineData("Suez canal\tfrus1-d1\t-1")]
    public void AMalformedJudgementIsRefusedWithItsLine(string line)
    {
        var error = Assert.Throws<FormatException>(() => Judgements.Parse([Judgements.Header, line]));

        Assert.StartsWith("Line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordJudgedTwiceForOneQueryIsRefused()
    {
        Assert.Throws<FormatException>(() => Judgements.Parse(["q\tid\t1", "q\tid\t2"]));
    }
}
