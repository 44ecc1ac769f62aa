namespace Safeguarding.Governance.Actions;

/// <summary>Where a partnership action stands.</summary>
public enum ActionStatus
{
    /// <summary>Agreed and not yet completed.</summary>
    Open,
    /// <summary>Under way and not yet completed.</summary>
    InProgress,
    /// <summary>Completed, with the evidence of what was done.</summary>
    Completed,
}
