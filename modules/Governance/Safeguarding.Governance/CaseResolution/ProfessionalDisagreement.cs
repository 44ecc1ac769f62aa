namespace Safeguarding.Governance.CaseResolution;

/// <summary>The stages of the case resolution protocol, in order.</summary>
public enum EscalationStage { Practitioner, Manager, SeniorManager, Partnership }

/// <summary>
/// A professional disagreement raised by one agency against another under the case resolution protocol. It stays at a
/// stage for at most <see cref="WorkingDaysAt"/> working days; unresolved, it escalates to the next stage.
/// </summary>
public sealed class ProfessionalDisagreement
{
    public Guid Id { get; set; }
    public Guid RaisedByPartnerId { get; set; }
    public Guid AgainstPartnerId { get; set; }
    /// <summary>What the disagreement is about, without a child's identity.</summary>
    public string Summary { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public EscalationStage Stage { get; set; }
    public DateOnly StageStartedOn { get; set; }
    public DateOnly StageDueOn { get; set; }
    public DateOnly? ResolvedOn { get; set; }
    public string? Resolution { get; set; }
    public DateOnly? OverdueAnnouncedOn { get; set; }
    public List<EscalationStep> Steps { get; set; } = [];

    public bool IsResolved => ResolvedOn is not null;
    public bool IsOverdueOn(DateOnly today) => !IsResolved && StageDueOn < today;

    /// <summary>Working days allowed at each stage (the protocol's time limits).</summary>
    public static int WorkingDaysAt(EscalationStage stage) => stage switch
    {
        EscalationStage.Practitioner => 5,
        EscalationStage.Manager => 5,
        EscalationStage.SeniorManager => 10,
        EscalationStage.Partnership => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}

/// <summary>One stage change of a disagreement (raised, escalated or resolved): the record of how it moved.</summary>
public sealed class EscalationStep
{
    public Guid Id { get; set; }
    public Guid DisagreementId { get; set; }
    public int Sequence { get; set; }
    /// <summary>RAISED, ESCALATED or RESOLVED.</summary>
    public string Change { get; set; } = "";
    public EscalationStage Stage { get; set; }
    public DateOnly On { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? Note { get; set; }
}
