namespace Safeguarding.DomesticAbuse.Encompass;

/// <summary>One setting's notifications in a period, as the reader may see them (<see cref="EncompassSummary.Of"/>).</summary>
/// <param name="AcknowledgedLate">Acknowledged after the start of the next school day.</param>
/// <param name="AcknowledgedOnTime">Acknowledged before the start of the next school day.</param>
/// <param name="Outstanding">Not yet acknowledged, still in time.</param>
/// <param name="Overdue">Not acknowledged by the deadline.</param>
/// <param name="Sent">Notifications sent to the setting.</param>
/// <param name="SettingId">The setting's id.</param>
/// <param name="SettingName">The setting's name.</param>
public sealed record EncompassSettingCount(Guid SettingId, string SettingName, Disclosed<int> Sent, Disclosed<int> AcknowledgedOnTime, Disclosed<int> AcknowledgedLate,
    Disclosed<int> Outstanding, Disclosed<int> Overdue);
