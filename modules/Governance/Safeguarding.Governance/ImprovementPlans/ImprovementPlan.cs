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
}
