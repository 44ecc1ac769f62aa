namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>Where an Operation Encompass notification to a school stands.</summary>
public enum EncompassStatus
{
    /// <summary>Not yet acknowledged, and the deadline (the start of the next school day) has not passed.</summary>
    Outstanding,
    /// <summary>Not acknowledged, and the deadline has passed.</summary>
    Overdue,
    /// <summary>Acknowledged by the school by the deadline.</summary>
    AcknowledgedOnTime,
    /// <summary>Acknowledged by the school after the deadline.</summary>
    AcknowledgedLate,
}
