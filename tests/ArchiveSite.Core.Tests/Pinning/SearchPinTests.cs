using ArchiveSite.Core.Pinning;

namespace ArchiveSite.Core.Tests.Pinning;

public sealed class SearchPinTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 20, 32, 28, 700, TimeSpan.Zero);

    [Fact]
    public void ADateIsTheArchiveAtTheEndOfThatDay()
    {
        var pin = SearchPin.TryRead("2026-12-05", Now, out var error)!;

        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero), pin.Before);
        Assert.Equal("2026-12-05", pin.Value);
        Assert.Equal("5 December 2026", pin.Label);
        Assert.Equal("at the end of 5 December 2026 (UTC)", pin.Phrase);
        Assert.False(pin.IsOpen(Now));
    }

    [Theory]
    [InlineData("2026-12-06T20:32:27Z")]
    [InlineData("2026-12-06T21:32:27+01:00")]
    [InlineData(" 2026-12-06T20:32:27Z ")]
    public void ATimeIsTheArchiveAtTheEndOfThatSecondInUtc(string text)
    {
        var pin = SearchPin.TryRead(text, Now, out _)!;

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 20, 32, 28, TimeSpan.Zero), pin.Before);
        Assert.Equal("2026-12-06T20:32:27Z", pin.Value);
        Assert.Equal("6 December 2026, 20:32:27 UTC", pin.Label);
    }

    [Fact]
    public void TodayIsReadButItsDayIsNotOver()
    {
        var pin = SearchPin.TryRead("2026-12-06", Now, out _)!;

        Assert.True(pin.IsOpen(Now));
    }

    [Fact]
    public void NowIsPinnedToItsSecondAndTheWholeOfItCounts()
    {
        var pin = SearchPin.At(Now);

        Assert.Equal("2026-12-06T20:32:28Z", pin.Value);
        Assert.True(pin.Before > Now);
        Assert.Equal(pin, SearchPin.TryRead(pin.Value, Now, out _));
    }

    [Theory]
    [InlineData("", "is not a moment")]
    [InlineData("yesterday", "is not a moment")]
    [InlineData("2026-02-30", "is not a moment")]
    [InlineData("2026-12-06T20:32:27", "is not a moment")] // a time without its zone is ambiguous
    [InlineData("b8a4f5c2d1e0f9a7", "is not a moment")] // a catalogue stamp dates nothing
    [InlineData("2026-12-07", "is in the future")]
    [InlineData("2026-12-06T20:32:29Z", "is in the future")]
    public void WhatIsNotAMomentUpToNowIsRefusedSayingWhy(string text, string message)
    {
        Assert.Null(SearchPin.TryRead(text, Now, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void AVeryLongPinIsShortenedInItsMessage()
    {
        Assert.Null(SearchPin.TryRead(new string('9', 5000), Now, out var error));
        Assert.True(error!.Length < 300, error);
    }
}
