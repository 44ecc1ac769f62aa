namespace Safeguarding.Governance.Voice;

public sealed class VoiceRecommendationGraphType() : RecordGraphType<VoiceRecommendation>("YoungSafeguardersRecommendation", null, x => x.ReviewId);
