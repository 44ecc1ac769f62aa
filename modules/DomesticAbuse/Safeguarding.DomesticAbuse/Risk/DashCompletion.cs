namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>A completed DASH assessment, the MARAC referral it made when high risk, and the events that announce them.</summary>
public sealed record DashCompletion(DashAssessment Assessment, MaracReferral? Referral, IReadOnlyList<IntegrationEvent> Events);
