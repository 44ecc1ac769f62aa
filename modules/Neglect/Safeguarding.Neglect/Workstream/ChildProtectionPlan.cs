using Safeguarding.Neglect.Contracts;

namespace Safeguarding.Neglect.Workstream;

/// <summary>A child protection plan, of any category, so that neglect's share of all plans can be reported.</summary>
public sealed class ChildProtectionPlan
{
    private ChildProtectionPlan() { }

    public Guid Id { get; private set; }
    /// <summary>
    /// The child's pseudonymous subject id. Plans recorded through GraphQL reference a registered subject; the seeded
    /// historic plans carry pseudonymous ids that have no identity in the subject registry.
    /// </summary>
    public Guid SubjectId { get; private set; }
    /// <summary>The plan's category of abuse, e.g. neglect or sexual abuse.</summary>
    public PlanCategory Category { get; private set; }
    /// <summary>The UK day it started.</summary>
    public DateOnly StartedOn { get; private set; }
    /// <summary>The UK day it ended; null while open.</summary>
    public DateOnly? EndedOn { get; private set; }

    /// <summary>A plan a practitioner records started by today, within the last 18 years (a child's lifetime).</summary>
    public static InputCheck CheckStart(InputCheck check, DateOnly startedOn, DateOnly today) =>
        check.Require(startedOn <= today, "startedOn", "The start date cannot be in the future.")
            .Require(startedOn > today.AddYears(-18), "startedOn", "The start date must be within the last 18 years.");

    /// <summary>
    /// A plan that starts on <paramref name="startedOn"/>. Whoever records it (a practitioner, or the demo data's historic
    /// plans) publishes <see cref="Started"/> in the same save, so that every module that counts plans hears of it.
    /// </summary>
    public static ChildProtectionPlan Start(Guid subjectId, PlanCategory category, DateOnly startedOn) =>
        new() { Id = Guid.NewGuid(), SubjectId = subjectId, Category = category, StartedOn = startedOn };

    /// <summary>The event that announces the plan's start.</summary>
    public ChildProtectionPlanStarted Started() => new(Id, SubjectId, CategoryCode(Category), StartedOn);

    /// <summary>A plan a practitioner ends ended by today.</summary>
    public static InputCheck CheckEnd(InputCheck check, DateOnly endedOn, DateOnly today) =>
        check.Require(endedOn <= today, "endedOn", "The end date cannot be in the future.");

    /// <summary>Ends the plan on <paramref name="endedOn"/> (once, not before it started) and returns the event that announces it, to publish in the same save.</summary>
    public ChildProtectionPlanEnded End(DateOnly endedOn)
    {
        if (EndedOn is not null) throw DomainException.Conflict($"This plan already ended on {EndedOn:d MMMM yyyy}.");
        if (endedOn < StartedOn) throw DomainException.Invalid("endedOn", $"The plan started on {StartedOn:d MMMM yyyy}; it cannot end before that.");
        EndedOn = endedOn;
        return new(Id, SubjectId, CategoryCode(Category), StartedOn, endedOn);
    }

    /// <summary>The category as events carry it: NEGLECT, PHYSICAL, SEXUAL, EMOTIONAL or MULTIPLE.</summary>
    public static string CategoryCode(PlanCategory category) => category.ToString().ToUpperInvariant();

    /// <summary>Open at the end of a day: started on or before it and not ended by then.</summary>
    public static System.Linq.Expressions.Expression<Func<ChildProtectionPlan, bool>> OpenOn(DateOnly day) =>
        p => p.StartedOn <= day && (p.EndedOn == null || p.EndedOn > day);
}
