using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>
/// A milestone of a plan's activity: what, by when, owned by which partner, and when it was completed. Added through
/// <see cref="ImprovementPlan.AddMilestone"/>, completed through <see cref="Complete"/>; what it was planned as is fixed.
/// </summary>
public sealed class PlanMilestone
{
    public const int MaxText = 1000;
    public const int MaxBenefits = 2000;

    public Guid Id { get; init; }
    public Guid ActivityId { get; init; }
    /// <summary>What the milestone is.</summary>
    public string Text { get; init; } = "";
    /// <summary>The UK day it is due.</summary>
    public DateOnly DueDate { get; init; }
    /// <summary>The responsible partner agency's id.</summary>
    public Guid OwnerPartnerId { get; init; }
    /// <summary>The UK day it was reached; null until then.</summary>
    public DateOnly? CompletedOn { get; private set; }
    /// <summary>Benefits, planned savings, income generated.</summary>
    public string? Benefits { get; init; }

    /// <summary>
    /// The problems with a milestone as asked, added to <paramref name="check"/> (which may hold the caller's, such as the
    /// ids) and reported together.
    /// </summary>
    public static void CheckNew(InputCheck check, string? text, string? benefits) =>
        check.RequireText(text, "text", "The milestone", MaxText).OptionalText(benefits, "benefits", "The benefits", MaxBenefits).ThrowIfInvalid();

    public bool IsOverdueOn(DateOnly today) => CompletedOn is null && DueDate < today;

    public MilestoneStatus StatusOn(DateOnly today) =>
        CompletedOn is not null ? MilestoneStatus.Completed : IsOverdueOn(today) ? MilestoneStatus.Overdue : MilestoneStatus.Open;

    /// <summary>Completed once, on a day that has come.</summary>
    public void Complete(DateOnly on, DateOnly today)
    {
        if (on > today) throw DomainException.Invalid("completedOn", "A milestone cannot be completed on a future date.");
        if (CompletedOn is { } done) throw DomainException.Conflict($"This milestone was completed on {done:d MMMM yyyy}.");
        CompletedOn = on;
    }

    /// <summary>The event that announces the completion, for the plan <paramref name="planId"/> the milestone belongs to.</summary>
    public ImprovementMilestoneCompleted Completed(Guid planId) =>
        new(Id, planId, OwnerPartnerId, DueDate, CompletedOn ?? throw new InvalidOperationException("The milestone is not completed."));
}
