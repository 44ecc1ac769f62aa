namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassGapGraphType() : RecordGraphType<EncompassGap>("EncompassGap", null);
