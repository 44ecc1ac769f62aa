using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.Tests.Unit;

/// <summary>What text a practitioner's input may hold: anything typed, nothing that only does harm downstream.</summary>
public sealed class TextInputRulesTests
{
    [Theory]
    [InlineData("Plymouth City Council")]
    [InlineData("Robert'); DROP TABLE partners;--")] // stored as text, never executed
    [InlineData("<script>alert(1)</script>")] // encoded when shown
    [InlineData("Zoë, Łukasz and 李雷")]
    [InlineData("First line\nSecond line\r\nThird\tcolumn")]
    [InlineData("Emoji are fine 👍🏽")]
    public void Ordinary_and_hostile_but_printable_text_is_accepted(string text) => Assert.False(InputCheck.HasUnsafeCharacters(text));

    [Theory]
    [InlineData("Null\0byte")]
    [InlineData("Escape \u001b[2J clears a terminal")]
    [InlineData("Bell\u0007")]
    [InlineData("Delete\u007f")]
    [InlineData("C1 control \u0085")]
    [InlineData("Right-to-left \u202E override")]
    [InlineData("Isolate \u2066 start")]
    public void Control_and_direction_characters_are_refused(string text) => Assert.True(InputCheck.HasUnsafeCharacters(text));

    [Fact]
    public void Broken_surrogate_pairs_are_refused()
    {
        // Built in code: attribute strings cannot carry a lone surrogate.
        Assert.True(InputCheck.HasUnsafeCharacters("Broken pair " + (char)0xD83D));
        Assert.True(InputCheck.HasUnsafeCharacters((char)0xDC4D + " low surrogate alone"));
        Assert.True(InputCheck.HasUnsafeCharacters(new string([(char)0xD83D, 'x', (char)0xDC4D])));
    }

    [Fact]
    public void Required_and_optional_text_report_unsafe_characters_as_a_field_problem()
    {
        var check = new InputCheck().RequireText("Name\0", "name", "The name").OptionalText("Notes\u202E", "notes", "The notes");
        var error = Assert.Throws<DomainException>(check.ThrowIfInvalid);
        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal(["name", "notes"], error.Problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("2024-04-01", "2024-04-01", true)]
    [InlineData("2024-04-01", "2024-04-11", true)] // ten days: the longest allowed here
    [InlineData("2024-04-01", "2024-04-12", false)]
    [InlineData("2024-04-02", "2024-04-01", false)] // ends before it starts
    public void A_period_may_not_end_before_it_starts_nor_run_past_its_longest(string from, string to, bool accepted)
    {
        var check = new InputCheck().RequirePeriod(DateOnly.Parse(from), DateOnly.Parse(to), 10, "ten days");
        Assert.Equal(!accepted, check.HasProblems);
        if (!accepted) Assert.Equal("to", Assert.Throws<DomainException>(check.ThrowIfInvalid).Problems.Single().Field);
    }
}
