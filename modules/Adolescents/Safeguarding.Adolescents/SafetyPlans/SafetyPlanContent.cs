namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>
/// What a practitioner gives to start or review a plan: the next review date, the risks and the actions.
/// <paramref name="Agencies"/> holds the partnership's agencies, each under its own spelling, compared without regard to
/// case; an owning agency must be one of them and is stored in that spelling.
/// </summary>
public sealed record SafetyPlanContent(DateOnly ReviewOn, IReadOnlyList<ProposedRisk> Risks, IReadOnlyList<ProposedAction> Actions,
    IReadOnlyDictionary<string, string> Agencies);
