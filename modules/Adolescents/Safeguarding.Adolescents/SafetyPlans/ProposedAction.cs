namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>An action as a practitioner gives it when starting or reviewing a plan, not yet checked.</summary>
public sealed record ProposedAction(string? Action, string? OwnerAgency, DateOnly DueOn);
