using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>An improvement plan: outcomes, each with activities, each with milestones (due date, owner, completion, benefits).</summary>
public sealed class ImprovementPlan
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public Guid OwnerPartnerId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}

public sealed class PlanOutcome
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public string Text { get; set; } = "";
    public List<PlanActivity> Activities { get; set; } = [];
}

public sealed class PlanActivity
{
    public Guid Id { get; set; }
    public Guid OutcomeId { get; set; }
    /// <summary>e.g. "1.1".</summary>
    public string Number { get; set; } = "";
    public string Text { get; set; } = "";
    /// <summary>Support required from other departments or partners.</summary>
    public string? Support { get; set; }
    public List<PlanMilestone> Milestones { get; set; } = [];
}

public sealed class PlanMilestone
{
    public Guid Id { get; set; }
    public Guid ActivityId { get; set; }
    public string Text { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public Guid OwnerPartnerId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    /// <summary>Benefits, planned savings, income generated.</summary>
    public string? Benefits { get; set; }

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
}
