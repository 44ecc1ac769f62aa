namespace Safeguarding.Adolescents.Contextual;

public sealed class ContextualCountsGraphType() : RecordGraphType<ContextualCounts>("ContextualSafeguardingCounts", "Contextual safeguarding in counts only: no adult, location or young person is identified.");
