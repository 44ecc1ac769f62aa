namespace Safeguarding.Host.Platform.Registry;

/// <summary>A possible duplicate as a reviewer sees it: both records, the matcher's score and reasons, and the modules holding data on each side.</summary>
public sealed record DuplicateView(PossibleDuplicate Review, IReadOnlyList<string> Reasons, IReadOnlyList<string> SubjectModules, IReadOnlyList<string> CandidateModules);
