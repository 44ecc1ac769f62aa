using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.QualityAssurance;

/// <summary>
/// A multi-agency case audit on a topic in a quarter, with the agencies (partners) taking part. A repeat audit
/// "closes the loop": it names the earlier audit so that each agency's grade can be compared.
/// </summary>
public sealed class CaseAudit
{
    public const int MaxTopicLength = 200;

    private CaseAudit() { }

    public Guid Id { get; private set; }
    /// <summary>What the audit looks at.</summary>
    public string Topic { get; private set; } = "";
    /// <summary>The financial year and quarter, e.g. "2023/24 Q3".</summary>
    public string Quarter { get; private set; } = "";
    /// <summary>The earlier audit this one repeats; null for a first audit.</summary>
    public Guid? RepeatOfAuditId { get; private set; }
    /// <summary>The UK day the audit was completed; null while it is open.</summary>
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>The agencies taking part, each with its grade and finding once graded.</summary>
    public List<CaseAuditAgency> Agencies { get; private set; } = [];

    public bool IsCompleted => CompletedOn is not null;

    /// <summary>
    /// An audit planned on a topic in a quarter ("2023/24 Q3") with at least two different agencies, each once. Problems
    /// are added to <paramref name="check"/>, which already holds any the caller found while reading the ids, and reported
    /// together. An earlier audit it repeats must be completed (<see cref="RequireCompletedForRepeat"/>).
    /// </summary>
    public static CaseAudit Plan(string? topic, string? quarter, IReadOnlyList<Guid> agencyPartnerIds, Guid? repeatOfAuditId, InputCheck check)
    {
        check.RequireText(topic, "topic", "The topic", MaxTopicLength)
            .Require(FinancialQuarter.TryParseExact(quarter, out _), "quarter", "The quarter must look like 2023/24 Q3.")
            .Require(agencyPartnerIds.Distinct().Count() >= 2, "agencyPartnerIds", "A multi-agency audit needs at least two different agencies.")
            .Require(agencyPartnerIds.Distinct().Count() == agencyPartnerIds.Count, "agencyPartnerIds", "An agency is listed twice.")
            .ThrowIfInvalid();
        var audit = new CaseAudit { Id = Guid.NewGuid(), Topic = topic!.Trim(), Quarter = quarter!, RepeatOfAuditId = repeatOfAuditId };
        audit.Agencies = agencyPartnerIds.Select(p => CaseAuditAgency.TakingPart(audit.Id, p)).ToList();
        return audit;
    }

    /// <summary>An audit is repeated only once it is completed: the repeat compares its final grades.</summary>
    public void RequireCompletedForRepeat()
    {
        if (!IsCompleted) throw DomainException.Conflict("An audit can only be repeated once it is completed.");
    }

    /// <summary>The earlier audit this one repeats; an audit that repeats none has nothing to be compared with.</summary>
    public Guid RequireRepeatedAudit() => RepeatOfAuditId ?? throw DomainException.Conflict("This audit does not repeat an earlier one.");

    /// <summary>Records an agency's grade and finding, until the audit is completed.</summary>
    public void Grade(AuditGrading grading)
    {
        if (IsCompleted) throw DomainException.Conflict("This audit is completed; its grades are final.");
        var agency = Agencies.FirstOrDefault(a => a.PartnerId == grading.PartnerId)
            ?? throw DomainException.NotFound("agency taking part in this audit", grading.PartnerId);
        agency.Record(grading.Grade, grading.Finding);
    }

    /// <summary>Completes the audit on <paramref name="completedOn"/>, once, when every agency taking part is graded.</summary>
    public CaseAuditCompleted Complete(DateOnly completedOn)
    {
        if (IsCompleted) throw DomainException.Conflict($"This audit was already completed on {CompletedOn:d MMMM yyyy}.");
        if (Agencies.Any(a => a.Grade is null))
            throw DomainException.Conflict($"{Agencies.Count(a => a.Grade is null)} of {Agencies.Count} agencies are not yet graded.");
        CompletedOn = completedOn;
        return new CaseAuditCompleted(Id, Topic, Quarter, RepeatOfAuditId, completedOn,
            Agencies.Count(a => a.Grade == AuditGrade.Good), Agencies.Count(a => a.Grade == AuditGrade.RequiresImprovement),
            Agencies.Count(a => a.Grade == AuditGrade.Inadequate));
    }
}
