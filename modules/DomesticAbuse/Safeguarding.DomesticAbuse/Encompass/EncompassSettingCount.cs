namespace Safeguarding.DomesticAbuse.Encompass;

public sealed record EncompassSettingCount(Guid SettingId, string SettingName, int Sent, int AcknowledgedOnTime, int AcknowledgedLate, int Outstanding, int Overdue);
