using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>One piece of intelligence that links a young person to an adult or a location.</summary>
/// <param name="SourceId">The missing or custody episode, or the exploitation concern.</param>
public sealed record ContextLink(IntelligenceSource Source, Guid SourceId, DateTimeOffset OccurredAt);
