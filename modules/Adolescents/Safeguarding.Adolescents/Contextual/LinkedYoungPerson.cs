namespace Safeguarding.Adolescents.Contextual;

/// <summary>A young person linked to an adult or a location, with the intelligence that links them.</summary>
/// <param name="Links">The episodes and concerns that link the young person.</param>
public sealed record LinkedYoungPerson(Guid SubjectId, IReadOnlyList<ContextLink> Links);
