namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>
/// Where a milestone stands today: completed, or still open, and if open whether its due date has passed.
/// </summary>
public enum MilestoneStatus
{
    /// <summary>Not completed, and not yet due.</summary>
    Open,
    /// <summary>Not completed, and past its due date.</summary>
    Overdue,
    /// <summary>Completed.</summary>
    Completed,
}
