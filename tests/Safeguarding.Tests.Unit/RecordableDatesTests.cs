using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit;

/// <summary>The dates the partnership records, 1 January 1900 to 31 December 2199, and the ceiling on any text.</summary>
public sealed class RecordableDatesTests
{
    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("2199-12-31", true)]
    [InlineData("2026-12-01", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2200-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void A_date_is_recordable_within_the_range_both_ends_included(string date, bool recordable) =>
        Assert.Equal(recordable, RecordableDates.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1900-01-01T00:00:00+00:00", true)]
    [InlineData("2199-12-31T23:59:59.9999999+00:00", true)]
    [InlineData("1900-01-01T00:30:00+01:00", false)] // 31 December 1899 in UTC
    [InlineData("2199-12-31T23:30:00-01:00", false)] // 1 January 2200 in UTC
    [InlineData("0001-01-01T00:00:00+00:00", false)]
    [InlineData("9999-12-31T23:59:59.9999999+00:00", false)]
    public void A_moment_is_recordable_when_its_UTC_date_is(string instant, bool recordable) =>
        Assert.Equal(recordable, RecordableDates.Contains(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_unrecordable_date_is_named_with_the_range_in_words()
    {
        var check = new InputCheck().RequireRecordable(new DateOnly(9999, 12, 31), "actions[1].dueOn").RequireRecordable(new DateOnly(2024, 4, 1), "reviewOn");
        var problem = Assert.Single(check.Problems);
        Assert.Equal(new FieldProblem("actions[1].dueOn", "31 December 9999 is outside the dates the partnership records (1 January 1900 to 31 December 2199)."), problem);
    }

    [Fact]
    public void Text_up_to_the_ceiling_passes_and_longer_text_is_named_by_its_length()
    {
        Assert.False(new InputCheck().RequireUnderCeiling(new string('a', InputCheck.TextCeiling), "note").HasProblems);
        Assert.False(new InputCheck().RequireUnderCeiling(null, "note").HasProblems);
        var problem = Assert.Single(new InputCheck().RequireUnderCeiling(new string('a', 1_000_000), "note").Problems);
        Assert.Equal(new FieldProblem("note", "This text is 1,000,000 characters long; the partnership records no text longer than 10,000 characters."), problem);
    }
}
