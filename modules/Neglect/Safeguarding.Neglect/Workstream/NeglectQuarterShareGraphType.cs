namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectQuarterShareGraphType() : RecordGraphType<QuarterShare>("NeglectQuarterShare", "Neglect's share of child protection plans open at a quarter's end.");
