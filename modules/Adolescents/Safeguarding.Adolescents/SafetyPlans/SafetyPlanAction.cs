namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>An action of one version of a plan: what, which agency owns it, by when, and when it was done.</summary>
public sealed class SafetyPlanAction
{
    private SafetyPlanAction() { }

    public Guid Id { get; private set; }
    public Guid VersionId { get; private set; }
    /// <summary>What is to be done.</summary>
    public string Action { get; private set; } = "";
    /// <summary>The agency that owns it.</summary>
    public string OwnerAgency { get; private set; } = "";
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueOn { get; private set; }
    /// <summary>The day the action was done, if it has been.</summary>
    /// <remarks>Set through <see cref="SafetyPlan.CompleteAction"/>; internal only so unit tests can build a done action in memory.</remarks>
    public DateOnly? DoneOn { get; internal set; }

    /// <summary>An action of the version <paramref name="versionId"/>, as checked by <see cref="SafetyPlanVersion"/>; not yet done.</summary>
    internal static SafetyPlanAction For(Guid versionId, string action, string ownerAgency, DateOnly dueOn) =>
        new() { Id = Guid.NewGuid(), VersionId = versionId, Action = action, OwnerAgency = ownerAgency, DueOn = dueOn };

    /// <summary>
    /// The action was done <paramref name="today"/>; CONFLICT when it was already done. Only the plan says whether the
    /// action's version is still the one in force (<see cref="SafetyPlan.CompleteAction"/>), so only the plan calls this.
    /// </summary>
    internal void Complete(DateOnly today)
    {
        if (DoneOn is { } done) throw DomainException.Conflict($"This action was already done, on {done:d MMMM yyyy}.");
        DoneOn = today;
    }
}
