namespace Safeguarding.Governance.QualityAssurance;

public enum AuditGrade { Good, RequiresImprovement, Inadequate }

/// <summary>
/// A multi-agency case audit on a topic in a quarter, with the agencies (partners) taking part. A repeat audit
/// "closes the loop": it names the earlier audit so that each agency's grade can be compared.
/// </summary>
public sealed class CaseAudit
{
    public Guid Id { get; set; }
    public string Topic { get; set; } = "";
    /// <summary>The financial year and quarter, e.g. "2023/24 Q3".</summary>
    public string Quarter { get; set; } = "";
    public Guid? RepeatOfAuditId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public List<CaseAuditAgency> Agencies { get; set; } = [];
}

/// <summary>An agency taking part in an audit, and its grade once recorded.</summary>
public sealed class CaseAuditAgency
{
    public Guid Id { get; set; }
    public Guid AuditId { get; set; }
    public Guid PartnerId { get; set; }
    public AuditGrade? Grade { get; set; }
    public string? Finding { get; set; }
}

/// <summary>One setting's answer to one S.175/157 question in one academic/financial year ("2023/24").</summary>
public sealed class SchoolAuditAnswer
{
    public Guid Id { get; set; }
    public string Year { get; set; } = "";
    public string Setting { get; set; } = "";
    public string Question { get; set; } = "";
    public bool Answer { get; set; }
}

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
