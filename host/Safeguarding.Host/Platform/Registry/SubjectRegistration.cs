using Safeguarding.Host.Platform.Identity;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// What registering a person did: <see cref="MatchOutcome.Matched"/> found them already held (<see cref="Subject"/> is
/// their id, now enrolled in the registering module), <see cref="MatchOutcome.New"/> registered them, or
/// <see cref="MatchOutcome.NeedsReview"/> registered them and asked whether they are <see cref="Candidate"/>
/// (<see cref="Review"/>). <see cref="Reasons"/> say why, in words a practitioner reads.
/// </summary>
public sealed record SubjectRegistration(SubjectId Subject, MatchOutcome Outcome, double Score, IReadOnlyList<string> Reasons, SubjectId? Candidate, Guid? Review);
