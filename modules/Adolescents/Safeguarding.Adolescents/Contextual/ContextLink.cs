using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>One piece of intelligence that links a young person to an adult or a location.</summary>
public sealed record ContextLink(IntelligenceSource Source, Guid SourceId, DateTimeOffset OccurredAt);
