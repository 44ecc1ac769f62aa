namespace Safeguarding.Scrutiny.Contracts;

/// <summary>
/// A recommendation of the independent scrutineer changed status (OPEN, IN_PROGRESS, CLOSED). Theme is one of LEADERSHIP,
/// RELEVANT_AGENCIES, PARTICIPATION, LEARNING, PRIORITIES, EARLY_HELP, QUALITY_ASSURANCE.
/// </summary>
public sealed record ScrutinyRecommendationStatusChanged(Guid RecommendationId, string Year, string Theme, string FromStatus, string ToStatus, string? Owner) : IntegrationEvent;
