using Safeguarding.Neglect.Assessments;

namespace Safeguarding.Tests.Unit;

public sealed class NeglectRulesTests
{
    [Theory]
    // Odd counts: the middle grade once sorted.
    [InlineData(new[] { 3 }, 3)]
    [InlineData(new[] { 1, 2, 5 }, 2)]          // sorted 1,2,5 -> 2
    [InlineData(new[] { 4, 1, 1, 5, 2 }, 2)]    // sorted 1,1,2,4,5 -> 2
    [InlineData(new[] { 5, 5, 1 }, 5)]          // sorted 1,5,5 -> 5
    // Even counts: between the two middle grades, take the worse (higher).
    [InlineData(new[] { 1, 2 }, 2)]             // between 1 and 2 -> 2
    [InlineData(new[] { 1, 5 }, 5)]             // between 1 and 5 -> 5, never 3
    [InlineData(new[] { 2, 1, 4, 3 }, 3)]       // sorted 1,2,3,4: between 2 and 3 -> 3
    [InlineData(new[] { 1, 1, 4, 5 }, 4)]       // sorted 1,1,4,5: between 1 and 4 -> 4
    [InlineData(new[] { 2, 2, 2, 5 }, 2)]       // sorted 2,2,2,5: middle two are both 2 -> 2
    public void An_area_takes_the_median_of_its_sub_areas_and_the_worse_middle_grade_on_a_tie(int[] grades, int expected) =>
        Assert.Equal(expected, NeglectRules.AreaGrade(grades));

    [Fact]
    public void An_area_needs_grades_on_the_scale()
    {
        Assert.Throws<ArgumentException>(() => NeglectRules.AreaGrade([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeglectRules.AreaGrade([1, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => NeglectRules.AreaGrade([0, 3]));
    }

    [Theory]
    [InlineData(4, 2, Direction.Improved)] // lower grade: needs better met
    [InlineData(3, 3, Direction.Same)]
    [InlineData(2, 5, Direction.Worse)]
    [InlineData(5, 4, Direction.Improved)]
    public void Direction_of_change_between_two_assessments(int earlier, int later, Direction expected) =>
        Assert.Equal(expected, NeglectRules.DirectionOf(earlier, later));

    [Fact]
    public void The_summary_is_the_worst_area_and_the_count_of_areas_at_4_or_5() =>
        Assert.Equal((5, 2), NeglectRules.Summary([2, 4, 1, 5]));

    [Theory]
    [InlineData(142, 400, "35.5")]
    [InlineData(253, 500, "50.6")]
    [InlineData(1, 3, "33.3")]
    [InlineData(0, 0, "0")]
    public void Share_is_a_percentage_to_one_decimal_place(int part, int whole, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Quarters.SharePercent(part, whole));

    [Fact]
    public void Quarters_end_on_the_last_day_of_March_June_September_and_December()
    {
        Assert.Equal(new DateOnly(2023, 3, 31), Quarters.EndOf(new DateOnly(2023, 1, 1)));
        Assert.Equal(new DateOnly(2023, 12, 31), Quarters.EndOf(new DateOnly(2023, 11, 5)));
        Assert.Equal([new DateOnly(2023, 3, 31), new DateOnly(2023, 6, 30), new DateOnly(2023, 9, 30), new DateOnly(2023, 12, 31), new DateOnly(2024, 3, 31)],
            Quarters.EndsBetween(new DateOnly(2023, 1, 1), new DateOnly(2024, 3, 31)).ToArray());
    }
}
