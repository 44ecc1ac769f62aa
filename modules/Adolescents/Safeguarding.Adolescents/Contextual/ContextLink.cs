using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

/// <summary>One piece of intelligence that links a young person to an adult or a location.</summary>
/// <param name="SourceId">The missing or custody episode, or the exploitation concern.</param>
/// <param name="OccurredAt">When the episode or concern that links them happened.</param>
/// <param name="Source">What links them: a missing episode, a custody episode or an exploitation concern.</param>
public sealed record ContextLink(IntelligenceSource Source, Guid SourceId, DateTimeOffset OccurredAt);
