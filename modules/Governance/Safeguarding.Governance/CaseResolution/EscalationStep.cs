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
    /// <summary>The step's place in the escalation, from 1.</summary>
    public int Sequence { get; private set; }
    /// <summary>RAISED, ESCALATED or RESOLVED.</summary>
    public string Change { get; private set; } = "";
    /// <summary>The stage reached.</summary>
    public EscalationStage Stage { get; private set; }
    /// <summary>The UK day the disagreement reached this stage.</summary>
    public DateOnly On { get; private set; }
    /// <summary>The UK day by which the stage should be resolved; null when it has no time limit.</summary>
    public DateOnly? DueOn { get; private set; }
    /// <summary>What was said when the disagreement moved to this stage.</summary>
    public string? Note { get; private set; }

    /// <summary>The step a disagreement took; only <see cref="ProfessionalDisagreement"/> writes them, numbering them in order.</summary>
    internal static EscalationStep Record(Guid disagreementId, int sequence, string change, EscalationStage stage, DateOnly on, DateOnly? dueOn, string? note) =>
        new() { Id = Guid.NewGuid(), DisagreementId = disagreementId, Sequence = sequence, Change = change, Stage = stage, On = on, DueOn = dueOn, Note = note };
}
