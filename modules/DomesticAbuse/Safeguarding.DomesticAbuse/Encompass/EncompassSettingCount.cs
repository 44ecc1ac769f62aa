namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>One setting's notifications in a period, as the reader may see them (<see cref="EncompassSummary.Of"/>).</summary>
public sealed record EncompassSettingCount(Guid SettingId, string SettingName, Disclosed<int> Sent, Disclosed<int> AcknowledgedOnTime, Disclosed<int> AcknowledgedLate,
    Disclosed<int> Outstanding, Disclosed<int> Overdue);
