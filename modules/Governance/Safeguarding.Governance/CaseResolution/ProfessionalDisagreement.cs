using Safeguarding.Governance.Calendar;
using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.CaseResolution;

/// <summary>
/// A professional disagreement raised by one agency against another under the case resolution protocol. It stays at a
/// stage for at most <see cref="WorkingDaysAt"/> working days; unresolved, it escalates to the next stage. Every stage
/// change is kept as an <see cref="EscalationStep"/>.
/// </summary>
public sealed class ProfessionalDisagreement
{
    public const int MaxText = 2000;

    private ProfessionalDisagreement() { }

    public Guid Id { get; private set; }
    public Guid RaisedByPartnerId { get; private set; }
    public Guid AgainstPartnerId { get; private set; }
    /// <summary>What the disagreement is about, without a child's identity.</summary>
    public string Summary { get; private set; } = "";
    /// <summary>The UK day it was raised.</summary>
    public DateOnly RaisedOn { get; private set; }
    /// <summary>The escalation stage it has reached.</summary>
    public EscalationStage Stage { get; private set; }
    /// <summary>The UK day the current stage started.</summary>
    public DateOnly StageStartedOn { get; private set; }
    /// <summary>The stage's time limit in working days after it started.</summary>
    public DateOnly StageDueOn { get; private set; }
    /// <summary>The UK day it was resolved; null while unresolved.</summary>
    public DateOnly? ResolvedOn { get; private set; }
    /// <summary>How it was resolved; null while unresolved.</summary>
    public string? Resolution { get; private set; }
    public DateOnly? OverdueAnnouncedOn { get; private set; }
    /// <summary>The stage changes so far; loaded with the disagreement to move it on, so the next step is numbered after them.</summary>
    public List<EscalationStep> Steps { get; private set; } = [];

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

    /// <summary>
    /// The problems with raising a disagreement as asked, added to <paramref name="check"/> (which may hold the caller's,
    /// such as the agencies' ids) and reported together: a summary, not in the future, between two different agencies.
    /// The caller checks this before it looks the agencies up, so a wrong request is answered as wrong first.
    /// </summary>
    public static void CheckRaise(InputCheck check, Guid raisedBy, Guid against, string? summary, DateOnly raisedOn, DateOnly today) =>
        check.RequireText(summary, "summary", "The summary", MaxText)
            .Require(raisedOn <= today, "raisedOn", "A disagreement cannot be raised on a future date.")
            .Require(raisedBy != against || raisedBy == Guid.Empty, "againstPartnerId", "An agency cannot disagree with itself.")
            .ThrowIfInvalid();

    /// <summary>
    /// A disagreement <paramref name="raisedBy"/> raises against <paramref name="against"/> (both current partners, which
    /// the caller has checked) on <paramref name="raisedOn"/>: it starts at the PRACTITIONER stage, due within that
    /// stage's working days.
    /// </summary>
    public static ProfessionalDisagreement Raise(Guid raisedBy, Guid against, string? summary, DateOnly raisedOn, DateOnly today, WorkingDayCalendar calendar)
    {
        CheckRaise(new InputCheck(), raisedBy, against, summary, raisedOn, today);
        const EscalationStage stage = EscalationStage.Practitioner;
        var due = StageDue(calendar, raisedOn, stage, "raisedOn");
        var disagreement = new ProfessionalDisagreement
        {
            Id = Guid.NewGuid(), RaisedByPartnerId = raisedBy, AgainstPartnerId = against, Summary = summary!.Trim(),
            RaisedOn = raisedOn, Stage = stage, StageStartedOn = raisedOn, StageDueOn = due,
        };
        disagreement.Steps.Add(EscalationStep.Record(disagreement.Id, 1, EscalationStep.Raised, stage, raisedOn, due, null));
        return disagreement;
    }

    /// <summary>The event that announces a disagreement just raised, published in the same save.</summary>
    public ProfessionalDisagreementRaised Raised() => new(Id, RaisedByPartnerId, AgainstPartnerId, Stage.ToString(), RaisedOn, StageDueOn);

    /// <summary>
    /// The problems with moving a disagreement on (escalating or resolving) as asked, added to <paramref name="check"/>
    /// and reported together: a note saying why or how, on a day that has come.
    /// </summary>
    public static void CheckMove(InputCheck check, string? note, DateOnly on, DateOnly today) =>
        check.RequireText(note, "note", "The note", MaxText).Require(on <= today, "on", "The date cannot be in the future.").ThrowIfInvalid();

    /// <summary>
    /// Moves an unresolved disagreement to the next stage on <paramref name="on"/>, due within that stage's working days;
    /// PARTNERSHIP is the last stage. Returns the step to store and the event to publish with it.
    /// </summary>
    public (EscalationStep Step, ProfessionalDisagreementEscalated Escalated) Escalate(DateOnly on, string? note, DateOnly today, WorkingDayCalendar calendar)
    {
        RequireMovable(note, on, today);
        if (Stage == EscalationStage.Partnership)
            throw DomainException.Conflict("This disagreement is already at the PARTNERSHIP stage, the last one; it can only be resolved.");
        var from = Stage;
        var due = StageDue(calendar, on, from + 1, "on");
        Stage = from + 1;
        StageStartedOn = on;
        StageDueOn = due;
        var step = AddStep(EscalationStep.Escalated, on, due, note!.Trim());
        return (step, new ProfessionalDisagreementEscalated(Id, from.ToString(), Stage.ToString(), on, due));
    }

    /// <summary>Resolves an unresolved disagreement at its current stage on <paramref name="on"/>; the note is the resolution.</summary>
    public (EscalationStep Step, ProfessionalDisagreementResolved Resolved) Resolve(DateOnly on, string? note, DateOnly today)
    {
        RequireMovable(note, on, today);
        ResolvedOn = on;
        Resolution = note!.Trim();
        var step = AddStep(EscalationStep.Resolved, on, null, Resolution);
        return (step, new ProfessionalDisagreementResolved(Id, Stage.ToString(), RaisedOn, on));
    }

    private void RequireMovable(string? note, DateOnly on, DateOnly today)
    {
        CheckMove(new InputCheck(), note, on, today);
        if (IsResolved) throw DomainException.Conflict($"This disagreement was resolved on {ResolvedOn:d MMMM yyyy}.");
        if (on < StageStartedOn) throw DomainException.Invalid("on", "The date cannot be before the current stage started.");
    }

    private EscalationStep AddStep(string change, DateOnly on, DateOnly? due, string note)
    {
        var step = EscalationStep.Record(Id, Steps.Count + 1, change, Stage, on, due, note);
        Steps.Add(step);
        return step;
    }

    /// <summary>The day a stage started on <paramref name="start"/> is due: its working days later, counted on the working-day calendar.</summary>
    private static DateOnly StageDue(WorkingDayCalendar calendar, DateOnly start, EscalationStage stage, string field)
    {
        try { return calendar.AddWorkingDays(start, WorkingDaysAt(stage)); }
        catch (CalendarOutOfRangeException e) { throw DomainException.Invalid(field, e.Message); }
    }
}
