namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// A person a search found: their id, how likely they are the person sought and why, and the modules holding data on them.
/// The name, date of birth and reasons only when the searcher may see who they are (the reasons name them).
/// </summary>
public sealed record SubjectSearchResult(SubjectId Subject, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Modules, string? Name, DateOnly? DateOfBirth);
