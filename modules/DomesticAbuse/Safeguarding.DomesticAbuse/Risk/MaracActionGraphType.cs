namespace Safeguarding.DomesticAbuse.Risk;

public sealed class MaracActionGraphType() : RecordGraphType<MaracAction>("MaracAction", null, x => x.ReferralId);
