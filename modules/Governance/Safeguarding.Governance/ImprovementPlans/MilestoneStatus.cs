namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>Where a milestone stands today: completed, or still open, and if open whether its due date has passed.</summary>
public enum MilestoneStatus { Open, Overdue, Completed }
