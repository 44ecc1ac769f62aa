namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>
/// The DASH thresholds. 24 answers, each yes, no or not known. High risk when 14 or more are "yes" (SCORE); otherwise
/// when the practitioner judges it so, with a reason (JUDGEMENT); otherwise when the victim was involved in 3 or more
/// notices in the 12 months before the assessment (ESCALATION). The first that applies is the basis recorded.
/// </summary>
public static class DashRules
{
    public const int Questions = 24;
    public const int HighRiskYesCount = 14;
    public const int EscalationIncidents = 3;

    /// <summary>Checks the answers and the judgement (VALIDATION listing every problem), then grades the risk.</summary>
    public static DashOutcome Assess(IReadOnlyList<DashAnswer>? answers, bool professionalJudgement, string? judgementReason, int incidentsInLastYear)
    {
        var check = new InputCheck();
        Check(check, answers, professionalJudgement, judgementReason);
        check.ThrowIfInvalid();
        return Grade(answers!, professionalJudgement, incidentsInLastYear);
    }

    public static void Check(InputCheck check, IReadOnlyList<DashAnswer>? answers, bool professionalJudgement, string? judgementReason)
    {
        var count = answers?.Count ?? 0;
        check.Require(count == Questions, "answers", $"The DASH checklist has {Questions} questions: give exactly {Questions} answers (yes, no or not known); {count} were given.");
        if (professionalJudgement)
            check.RequireText(judgementReason, "judgementReason", "The reason for judging the case high risk", 2000);
        else
            check.OptionalText(judgementReason, "judgementReason", "The reason", 2000);
    }

    public static DashOutcome Grade(IReadOnlyList<DashAnswer> answers, bool professionalJudgement, int incidentsInLastYear)
    {
        var yes = answers.Count(a => a == DashAnswer.Yes);
        HighRiskBasis? basis =
            yes >= HighRiskYesCount ? HighRiskBasis.Score
            : professionalJudgement ? HighRiskBasis.Judgement
            : incidentsInLastYear >= EscalationIncidents ? HighRiskBasis.Escalation
            : null;
        return new DashOutcome(yes, basis is null ? RiskLevel.Standard : RiskLevel.High, basis);
    }

    public static string Encode(IEnumerable<DashAnswer> answers) =>
        string.Concat(answers.Select(a => a switch { DashAnswer.Yes => 'Y', DashAnswer.No => 'N', _ => 'K' }));

    public static IReadOnlyList<DashAnswer> Decode(string answers) =>
        answers.Select(c => c switch { 'Y' => DashAnswer.Yes, 'N' => DashAnswer.No, _ => DashAnswer.NotKnown }).ToList();
}
