namespace Safeguarding.Csa.Hsb;

public sealed class CsaHsbQuarterGraphType() : RecordGraphType<HsbQuarter>("CsaHsbQuarter", "Harmful sexual behaviour incidents that occurred in a quarter, by grade.");
