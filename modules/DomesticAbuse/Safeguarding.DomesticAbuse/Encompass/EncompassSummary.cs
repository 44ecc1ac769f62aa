namespace Safeguarding.DomesticAbuse.Encompass;

/// <param name="AcknowledgedOnTime">Acknowledged before the start of the next school day.</param>
/// <param name="Outstanding">Not yet acknowledged, deadline not yet passed.</param>
/// <param name="Overdue">Not acknowledged and past the deadline.</param>
public sealed record EncompassSummary(DateOnly From, DateOnly To, int Sent, int AcknowledgedOnTime, int AcknowledgedLate, int Outstanding, int Overdue, IReadOnlyList<EncompassSettingCount> BySetting);
