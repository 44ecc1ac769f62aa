namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassSettingCountGraphType() : RecordGraphType<EncompassSettingCount>("EncompassSettingCount", null);
