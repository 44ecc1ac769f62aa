namespace Safeguarding.Neglect.Workstream;

public sealed record AgencyQuarterUse(string Agency, DateOnly QuarterEnd, int CompletedAssessments);
