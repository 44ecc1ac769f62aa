namespace Safeguarding.Host.Platform;

/// <summary>
/// What the audit log is searched by: the person (a subject id), the user (an actor), words in the stated purpose, the
/// UK days it happened between (both included), and the action. Every part is optional.
/// </summary>
public sealed record AuditSearch(string? SubjectId, string? Actor, string? PurposeContains, DateOnly? From, DateOnly? To, string? Action);
