namespace Safeguarding.Governance.CaseResolution;

/// <summary>One stage change of a disagreement (raised, escalated or resolved): the record of how it moved. Written once, never changed.</summary>
public sealed class EscalationStep
{
    public const string Raised = "RAISED";
    public const string Escalated = "ESCALATED";
    public const string Resolved = "RESOLVED";

    private EscalationStep() { }

    public Guid Id { get; private set; }
    public Guid DisagreementId { get; private set; }
    public int Sequence { get; private set; }
    /// <summary>RAISED, ESCALATED or RESOLVED.</summary>
    public string Change { get; private set; } = "";
    public EscalationStage Stage { get; private set; }
    public DateOnly On { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public string? Note { get; private set; }

    /// <summary>The step a disagreement took; only <see cref="ProfessionalDisagreement"/> writes them, numbering them in order.</summary>
    internal static EscalationStep Record(Guid disagreementId, int sequence, string change, EscalationStage stage, DateOnly on, DateOnly? dueOn, string? note) =>
        new() { Id = Guid.NewGuid(), DisagreementId = disagreementId, Sequence = sequence, Change = change, Stage = stage, On = on, DueOn = dueOn, Note = note };
}
