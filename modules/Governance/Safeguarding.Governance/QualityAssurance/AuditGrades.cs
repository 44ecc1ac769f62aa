namespace Safeguarding.Governance.QualityAssurance;

public static class AuditGrades
{
    /// <summary>Lower is better: Good 0, Requires improvement 1, Inadequate 2.</summary>
    public static int Rank(AuditGrade grade) => (int)grade;

    /// <summary>"IMPROVED", "SAME" or "WORSE" from an earlier grade to a later one; "NOT_COMPARABLE" if either is missing.</summary>
    public static string Change(AuditGrade? earlier, AuditGrade? later) => (earlier, later) switch
    {
        ({ } e, { } l) when Rank(l) < Rank(e) => "IMPROVED",
        ({ } e, { } l) when Rank(l) > Rank(e) => "WORSE",
        ({ }, { }) => "SAME",
        _ => "NOT_COMPARABLE",
    };

    /// <summary>Yes answers as a percentage of answers, rounded to two decimals, halves away from zero (100/101 = 99.01).</summary>
    public static decimal Percentage(int yes, int total) =>
        total == 0 ? 0m : Math.Round(100m * yes / total, 2, MidpointRounding.AwayFromZero);
}
