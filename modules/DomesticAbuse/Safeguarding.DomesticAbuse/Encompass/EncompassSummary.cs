namespace Safeguarding.DomesticAbuse.Encompass;

public sealed record EncompassSummary(DateOnly From, DateOnly To, int Sent, int AcknowledgedOnTime, int AcknowledgedLate, int Outstanding, int Overdue, IReadOnlyList<EncompassSettingCount> BySetting);
