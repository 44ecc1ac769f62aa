namespace Safeguarding.Neglect.Workstream;

/// <param name="CompletedAssessments">Withheld when small, or when it would give away another agency's small count through the quarter's total.</param>
/// <param name="Agency">The agency.</param>
/// <param name="QuarterEnd">The quarter's last day.</param>
public sealed record AgencyQuarterUse(string Agency, DateOnly QuarterEnd, Disclosed<int> CompletedAssessments);
