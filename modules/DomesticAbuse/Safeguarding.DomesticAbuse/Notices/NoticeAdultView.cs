namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>An adult as one notice names them: their role in that incident and what the police know of them.</summary>
public sealed record NoticeAdultView(Guid AdultId, AdultRole Role, string PersonReference, string? Name, DateOnly? DateOfBirth);
