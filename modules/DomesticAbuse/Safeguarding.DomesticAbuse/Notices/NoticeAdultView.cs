namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult as one notice names them: their role in that incident, the police's reference, and the registry record of who they are.</summary>
/// <param name="SubjectId">The adult in the partnership's registry; null while they are known only by the police's reference.</param>
/// <param name="AdultId">The adult's id in this module.</param>
/// <param name="PersonReference">The police's reference for the adult.</param>
/// <param name="Role">The adult's part in the incident: victim or person causing harm.</param>
public sealed record NoticeAdultView(Guid AdultId, AdultRole Role, string PersonReference, Guid? SubjectId);
