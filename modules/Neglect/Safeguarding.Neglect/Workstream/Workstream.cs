using Safeguarding.Neglect.Contracts;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Neglect.Workstream;

public enum PlanCategory { Neglect, Physical, Sexual, Emotional, Multiple }

/// <summary>A child protection plan, of any category, so that neglect's share of all plans can be reported.</summary>
public sealed class ChildProtectionPlan
{
    public Guid Id { get; set; }
    /// <summary>
    /// The child's pseudonymous subject id. Plans recorded through GraphQL reference a registered subject; the seeded
    /// historic plans carry pseudonymous ids that have no identity in the subject registry.
    /// </summary>
    public Guid SubjectId { get; set; }
    public PlanCategory Category { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }

    /// <summary>
    /// A plan that starts on <paramref name="startedOn"/>. Whoever records it (a practitioner, or the demo data's historic
    /// plans) publishes <see cref="Started"/> in the same save, so that every module that counts plans hears of it.
    /// </summary>
    public static ChildProtectionPlan Start(Guid subjectId, PlanCategory category, DateOnly startedOn) =>
        new() { Id = Guid.NewGuid(), SubjectId = subjectId, Category = category, StartedOn = startedOn };

    /// <summary>The event that announces the plan's start.</summary>
    public ChildProtectionPlanStarted Started() => new(Id, SubjectId, CategoryCode(Category), StartedOn);

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

/// <summary>The hospital's count of children who had teeth extracted because of decay, per financial year.</summary>
public sealed class DentalExtractionCount
{
    public Guid Id { get; set; }
    public string Year { get; set; } = "";
    public int Children { get; set; }
    public string ReportedBy { get; set; } = "";
}

/// <summary>Neglect training delivered in a financial year: sessions and attendees, as an aggregate.</summary>
public sealed class TrainingReach
{
    public Guid Id { get; set; }
    public string Year { get; set; } = "";
    public string Topic { get; set; } = "";
    public int Sessions { get; set; }
    public int Attendees { get; set; }
}
