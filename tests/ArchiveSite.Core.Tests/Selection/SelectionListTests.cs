using ArchiveSite.Core.Selection;

namespace ArchiveSite.Core.Tests.Selection;

public sealed class SelectionListTests
{
    [Fact]
    public void IdsAreReadInTheirOrderEachOnceWithSpacesIgnored()
    {
        var list = SelectionList.Parse(" 112082, 112079 ,,112082,frus1955-57v02-d7 ");

        Assert.Equal(["112082", "112079", "frus1955-57v02-d7"], list.Ids);
        Assert.Equal("112082,112079,frus1955-57v02-d7", list.Value);
        Assert.Empty(list.Malformed);
        Assert.Equal(0, list.Dropped);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" , ,")]
    public void NothingIsAnEmptySelection(string? value)
    {
        Assert.Equal(0, SelectionList.Parse(value).Count);
    }

    [Fact]
    public void WhatCannotBeAnIdIsSetAsideNotLookedUp()
    {
        var list = SelectionList.Parse("112082,<script>,../etc/passwd," + new string('a', 300));

        Assert.Equal(["112082"], list.Ids);
        Assert.Equal(3, list.Malformed.Count);
        Assert.Contains("<script>", list.Malformed);
        Assert.All(list.Malformed, m => Assert.True(m.Length <= 61, m));
    }

    [Fact]
    public void PastTheCapIdsAreCountedAndLeftOut()
    {
        var list = SelectionList.Parse(string.Join(",", Enumerable.Range(1, SelectionList.MaxIds + 5).Select(n => $"d{n}")));

        Assert.Equal(SelectionList.MaxIds, list.Count);
        Assert.Equal("d1", list.Ids[0]);
        Assert.Equal($"d{SelectionList.MaxIds}", list.Ids[^1]);
        Assert.Equal(5, list.Dropped);
        Assert.Equal(list.Value, list.With("another"));
    }

    [Fact]
    public void AddingRemovingAndMovingMakeNewLists()
    {
        var list = SelectionList.Parse("a1,b2,c3");

        Assert.Equal("a1,b2,c3,d4", list.With("d4"));
        Assert.Equal("a1,b2,c3", list.With("b2"));
        Assert.Equal("a1,c3", list.Without("b2"));
        Assert.Equal("a1,c3,b2", list.Swapped("b2", "c3"));
        Assert.Equal("c3,b2,a1", list.Swapped("a1", "c3"));
        Assert.Equal("a1,b2,c3", list.Swapped("a1", "zz"));
        Assert.Equal("a1,b2,c3", list.Value);
    }
}
