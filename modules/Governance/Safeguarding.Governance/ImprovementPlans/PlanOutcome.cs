namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>What an improvement plan sets out to achieve; its activities serve it.</summary>
public sealed class PlanOutcome
{
    private PlanOutcome() { }

    public Guid Id { get; private set; }
    public Guid PlanId { get; private set; }
    /// <summary>The outcome the plan aims for.</summary>
    public string Text { get; private set; } = "";
    public List<PlanActivity> Activities { get; private set; } = [];

    /// <summary>An outcome of the plan, added when an activity first names it (its text checked with the activity's).</summary>
    internal static PlanOutcome Start(Guid planId, string text) => new() { Id = Guid.NewGuid(), PlanId = planId, Text = text.Trim() };

    /// <summary>Activities by number ("1.2" before "1.10"), each activity's milestones by due date: how the plan reads.</summary>
    public PlanOutcome InPlanOrder()
    {
        Activities = Activities.OrderBy(a => a.Number, ActivityNumberOrder.Instance).ToList();
        foreach (var activity in Activities) activity.InPlanOrder();
        return this;
    }
}
