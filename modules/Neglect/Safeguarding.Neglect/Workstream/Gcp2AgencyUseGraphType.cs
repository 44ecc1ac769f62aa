namespace Safeguarding.Neglect.Workstream;

public sealed class Gcp2AgencyUseGraphType() : RecordGraphType<AgencyQuarterUse>("Gcp2AgencyUse", null);
