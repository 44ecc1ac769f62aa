namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult as one notice names them: their role in that incident, the police's reference, and the registry record of who they are.</summary>
/// <param name="SubjectId">The adult in the partnership's registry; null while they are known only by the police's reference.</param>
public sealed record NoticeAdultView(Guid AdultId, AdultRole Role, string PersonReference, Guid? SubjectId);
