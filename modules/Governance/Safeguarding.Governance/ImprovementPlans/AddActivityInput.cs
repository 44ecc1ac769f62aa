namespace Safeguarding.Governance.ImprovementPlans;

public sealed class AddActivityInput
{
    /// <summary>The improvement plan, by its id.</summary>
    public string? PlanId { get; set; }
    /// <summary>The outcome the activity serves; a new text adds a new outcome to the plan.</summary>
    public string? Outcome { get; set; }
    /// <summary>e.g. 1.1</summary>
    public string? Number { get; set; }
    /// <summary>What will be done.</summary>
    public string? Text { get; set; }
    /// <summary>Support required from other departments or partners.</summary>
    public string? Support { get; set; }
}
