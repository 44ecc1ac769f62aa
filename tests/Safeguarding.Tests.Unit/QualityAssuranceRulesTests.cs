using Safeguarding.Governance.QualityAssurance;

namespace Safeguarding.Tests.Unit;

public sealed class QualityAssuranceRulesTests
{
    [Theory]
    [InlineData(100, 101, "99.01")]
    [InlineData(84, 101, "83.17")]
    [InlineData(86, 101, "85.15")]
    [InlineData(1, 8, "12.50")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.67")]
    [InlineData(0, 0, "0")]
    public void S175_percentages_are_rounded_to_two_decimals(int yes, int total, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), AuditGrades.Percentage(yes, total));

    [Theory]
    [InlineData(AuditGrade.Inadequate, AuditGrade.Good, "IMPROVED")]
    [InlineData(AuditGrade.RequiresImprovement, AuditGrade.RequiresImprovement, "SAME")]
    [InlineData(AuditGrade.Good, AuditGrade.Inadequate, "WORSE")]
    [InlineData(null, AuditGrade.Good, "NOT_COMPARABLE")]
    public void A_repeat_grade_is_compared_with_the_earlier_one(AuditGrade? earlier, AuditGrade? later, string expected) =>
        Assert.Equal(expected, AuditGrades.Change(earlier, later));
}
