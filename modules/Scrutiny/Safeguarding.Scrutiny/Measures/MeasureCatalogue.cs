using Safeguarding.Neglect.Contracts;
using Safeguarding.Scrutiny.ReadModel;

namespace Safeguarding.Scrutiny.Measures;

/// <summary>
/// Facts with the same kind, agency, category, period, dates and outcome, counted together: what the scorecard reads from
/// the read model, grouped in the database, so that a quarter's figure is computed from a few thousand groups whatever
/// the number of facts. <see cref="Count"/> facts are in the group and <see cref="Total"/> is the sum of their values.
/// </summary>
internal sealed record FactGroup(string Kind, string? Agency, string? Category, string? Period, DateOnly? On, DateOnly? Until, string? Outcome,
    int Count, decimal Total);

/// <summary>A figure a module published for a whole period (a year's children in notices) rather than fact by fact.</summary>
internal sealed record PeriodFigure(string Kind, string? Period, DateOnly From, DateOnly To, decimal Value, string? Source);

/// <summary>
/// The fact groups a scorecard is computed from, already loaded; for each kind ever received, the first day a fact of it
/// is counted on (where its source's figures begin); the figures published for whole periods; and the partners' names.
/// </summary>
internal sealed class MeasureFacts(IReadOnlyList<FactGroup> groups, IReadOnlyDictionary<string, DateOnly> firstDays,
    IReadOnlyList<PeriodFigure> periodFigures, IReadOnlyDictionary<string, string> partners)
{
    private readonly ILookup<string, FactGroup> _byKind = groups.ToLookup(f => f.Kind);

    public IEnumerable<FactGroup> Of(string kind) => _byKind[kind];
    /// <summary>Whether any fact of these kinds was ever received, in the range asked for or not.</summary>
    public bool Any(IEnumerable<string> kinds) => kinds.Any(firstDays.ContainsKey);
    /// <summary>The first day any fact of these kinds is counted on: the source supplied nothing for the quarters before it.</summary>
    public DateOnly? FirstDay(IEnumerable<string> kinds) =>
        kinds.Select(k => firstDays.TryGetValue(k, out var d) ? d : (DateOnly?)null).Where(d => d is not null).Min();
    /// <summary>A figure of this kind published for a whole period that holds the quarter, if any.</summary>
    public PeriodFigure? PublishedFor(string kind, FinancialQuarter quarter) =>
        periodFigures.Where(f => f.Kind == kind && f.From <= quarter.Starts && f.To >= quarter.Ends).OrderBy(f => f.To.DayNumber - f.From.DayNumber).FirstOrDefault();
    public string PartnerName(string? id) => id is not null && partners.TryGetValue(id, out var name) ? name : id ?? "unknown agency";
}

/// <summary>
/// One quarter's figure: the total and, where the measure has one, a breakdown (by agency, body or grade). A rate keeps
/// the counts it was computed from (<see cref="Part"/> of <see cref="Whole"/>), so that it is withheld with them.
/// </summary>
internal sealed record MeasureCell(decimal? Value, string? Note = null, IReadOnlyDictionary<string, decimal>? Breakdown = null, int? Part = null, int? Whole = null);

/// <summary>What a measure counts, which decides whether its small figures are withheld (<see cref="DisclosureControl"/>).</summary>
internal enum MeasureCounts
{
    /// <summary>Money, activities, agencies, staff at training, scores: shown as they are.</summary>
    NotPeople,
    /// <summary>Children or the people the records are about (or events each about one of them): small counts are withheld.</summary>
    People,
    /// <summary>A rate of such people (part of whole): withheld with the counts it is made from.</summary>
    RateOfPeople,
}

/// <summary>
/// A measure of the scorecard: what it counts, from which module's events (or from agencies' returns), and how a quarter's
/// figure is computed from the facts. <see cref="PublishedKind"/> names the kind of figure its source may publish for a
/// whole period instead of fact by fact: a quarter inside such a period with no facts of its own shows that figure's note,
/// not a zero. <see cref="Counts"/> says whether its small figures are withheld.
/// </summary>
internal sealed record MeasureDefinition(
    string Code, string Name, MeasureUnit Unit, string Source, string[] Kinds, string? BreakdownBy, string Description,
    Func<MeasureFacts, FinancialQuarter, MeasureCell> Compute, string? PublishedKind = null, MeasureCounts Counts = MeasureCounts.NotPeople)
{
    public bool FromReturns => Source == MeasureCatalogue.Returns;
}

internal static class MeasureCatalogue
{
    /// <summary>The source of measures supplied by agencies' data returns rather than by a module.</summary>
    public const string Returns = "Agency returns";
    public const string ReReferrals = "REREFERRALS_12M";

    public static readonly IReadOnlyList<string> PlanCategories = OpenPlanDisclosure.Categories;

    /// <summary>The measure counting open plans of a category: the five together are one breakdown of all open plans.</summary>
    public static string PlansOf(string category) => $"CP_PLANS_{category}";

    public const string NeglectShare = "CP_PLANS_NEGLECT_SHARE";

    public static readonly IReadOnlyList<MeasureDefinition> All = Build();

    public static MeasureDefinition? Find(string code) => All.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    private static List<MeasureDefinition> Build()
    {
        var list = new List<MeasureDefinition>();
        foreach (var category in PlanCategories)
            list.Add(new(PlansOf(category), $"Child protection plans open at quarter end: {category.ToLowerInvariant()}", MeasureUnit.Count, SourceModules.Neglect,
                [FactKinds.ChildProtectionPlan], null, "Plans started and not ended by the last day of the quarter (ChildProtectionPlanStarted/Ended).",
                (f, q) => new(OpenPlans(f, q).Where(p => p.Category == category).Sum(p => p.Count)), Counts: MeasureCounts.People));
        list.Add(new(NeglectShare, "Neglect's share of child protection plans at quarter end", MeasureUnit.Percent, SourceModules.Neglect,
            [FactKinds.ChildProtectionPlan], null, "Neglect plans as a percentage of all plans open on the last day of the quarter, to one decimal place.",
            (f, q) =>
            {
                var open = OpenPlans(f, q).ToList();
                var all = open.Sum(p => p.Count);
                var neglect = open.Where(p => p.Category == "NEGLECT").Sum(p => p.Count);
                return all == 0 ? new(null, "No plans open") : new(Percent(neglect, all, 1), Part: neglect, Whole: all);
            }, Counts: MeasureCounts.RateOfPeople));
        list.Add(new(ReReferrals, "Re-referrals within 12 months", MeasureUnit.Count, Returns, [], "agency",
            "Referrals to children's social care within 12 months of a previous referral, as each agency returns them; no module records referrals.",
            (_, _) => new(null), Counts: MeasureCounts.People));
        list.Add(new("CHILDREN_IN_PPNS", "Children in Public Protection Notices", MeasureUnit.Count, SourceModules.DomesticAbuse,
            [FactKinds.ProtectionNotice], "agency", "Children named in notices of incidents in the quarter, by reporting agency (ProtectionNoticeReceived).",
            (f, q) => Sum(f.Of(FactKinds.ProtectionNotice).Where(x => In(q, x.On)), x => x.Agency ?? "unknown agency"), FactKinds.ChildrenInNoticesFigure, MeasureCounts.People));
        list.Add(new("ENCOMPASS_ON_TIME", "Operation Encompass notifications acknowledged on time", MeasureUnit.Percent, SourceModules.DomesticAbuse,
            [FactKinds.EncompassNotification], null, "Of notifications due in the quarter and acknowledged or late, the percentage acknowledged before the next school day.",
            (f, q) => Share(f.Of(FactKinds.EncompassNotification).Where(x => In(q, x.On) && x.Outcome != null), x => x.Outcome == Outcomes.OnTime, "No notifications due"),
            Counts: MeasureCounts.RateOfPeople));
        list.Add(new("MISSING_EPISODES", "Missing episodes", MeasureUnit.Count, SourceModules.Adolescents,
            [FactKinds.MissingEpisode], "agency", "Episodes of going missing that began in the quarter, by reporting agency (MissingEpisodeRecorded).",
            (f, q) => Count(f.Of(FactKinds.MissingEpisode).Where(x => In(q, x.On)), x => x.Agency ?? "unknown agency"), Counts: MeasureCounts.People));
        list.Add(new("RETURN_INTERVIEWS_WITHIN_72H", "Return home interviews offered within 72 hours", MeasureUnit.Percent, SourceModules.Adolescents,
            [FactKinds.ReturnHomeInterview], null, "Of young people who returned in the quarter and were offered an interview or passed 72 hours without one, the percentage offered within 72 hours.",
            (f, q) => Share(f.Of(FactKinds.ReturnHomeInterview).Where(x => In(q, x.On) && x.Outcome != null), x => x.Outcome == Outcomes.OnTime, "No interviews due"),
            Counts: MeasureCounts.RateOfPeople));
        list.Add(new("GCP2_ASSESSMENTS", "Graded Care Profile 2 assessments completed", MeasureUnit.Count, SourceModules.Neglect,
            [FactKinds.Gcp2Assessment], "agency", "Assessments observed in the quarter, by the assessing agency (AssessmentCompleted).",
            (f, q) => Count(f.Of(FactKinds.Gcp2Assessment).Where(x => In(q, x.On)), x => x.Agency ?? "unknown agency"), Counts: MeasureCounts.People));
        list.Add(new("RAPID_REVIEWS_IN_TIME", "Rapid reviews decided within 15 working days", MeasureUnit.Percent, SourceModules.Governance,
            [FactKinds.RapidReview], null, "Of rapid reviews whose deadline fell in the quarter and that were decided or became overdue, the percentage decided in time.",
            (f, q) => Share(f.Of(FactKinds.RapidReview).Where(x => In(q, x.On) && x.Outcome != null), x => x.Outcome == Outcomes.OnTime, "No reviews due"),
            Counts: MeasureCounts.RateOfPeople));
        list.Add(new("CASE_AUDITS", "Multi-agency case audits completed", MeasureUnit.Count, SourceModules.Governance,
            [FactKinds.CaseAudit], null, "Case audits completed for the quarter (CaseAuditCompleted); at least one a quarter is expected.",
            (f, q) => new(f.Of(FactKinds.CaseAudit).Where(x => x.Period == q.Label || (x.Period is null && In(q, x.On))).Sum(x => x.Count))));
        list.Add(new("TRAINING_ATTENDEES", "Training reach: attendees", MeasureUnit.Count, SourceModules.Governance,
            [FactKinds.TrainingSession], "agency", "People who attended the partnership's training sessions held in the quarter, by agency (TrainingSessionRecorded).",
            (f, q) =>
            {
                var sessions = f.Of(FactKinds.TrainingSession).Where(x => In(q, x.On)).ToList();
                var byAgency = f.Of(FactKinds.TrainingAttendance).Where(x => In(q, x.On))
                    .GroupBy(x => f.PartnerName(x.Agency)).ToDictionary(g => g.Key, g => g.Sum(x => x.Total));
                return new(sessions.Sum(x => x.Total), null, byAgency);
            }));
        list.Add(new("TRAINING_EVALUATION_AVERAGE", "Training evaluations: average score (1-5)", MeasureUnit.Score, SourceModules.Governance,
            [FactKinds.TrainingEvaluation], null, "The average of evaluation forms for sessions held in the quarter, to two decimal places (TrainingSessionEvaluated).",
            (f, q) =>
            {
                var forms = f.Of(FactKinds.TrainingEvaluation).Where(x => In(q, x.On)).ToList();
                var count = forms.Sum(x => x.Count);
                return count == 0 ? new(null, "No evaluations") : new(Math.Round(forms.Sum(x => x.Total) / count, 2, MidpointRounding.AwayFromZero));
            }));
        list.Add(new("OVERDUE_ACTIONS", "Partnership actions overdue at quarter end", MeasureUnit.Count, SourceModules.Governance,
            [FactKinds.OverdueAction], "body", "Actions past their due date and not completed on the last day of the quarter, by the body that agreed them.",
            (f, q) => Count(f.Of(FactKinds.OverdueAction).Where(x => x.On < q.Ends && (x.Until is null || x.Until > q.Ends)), x => x.Agency ?? "unknown body")));
        list.Add(new("CSA_FLAGS", "Children flagged for a multi-agency discussion of sexual abuse", MeasureUnit.Count, SourceModules.Csa,
            [FactKinds.CsaFlag], null, "Flags raised in the quarter when signs and indicators passed the flagging rule (SubjectFlaggedForDiscussion).",
            (f, q) => new(f.Of(FactKinds.CsaFlag).Where(x => In(q, x.On)).Sum(x => x.Count)), Counts: MeasureCounts.People));
        list.Add(new("HSB_INCIDENTS", "Harmful sexual behaviour incidents graded", MeasureUnit.Count, SourceModules.Csa,
            [FactKinds.HsbIncident], "grade", "Incidents in the quarter, by grade GREEN, AMBER or RED (HarmfulSexualBehaviourGraded).",
            (f, q) => Count(f.Of(FactKinds.HsbIncident).Where(x => In(q, x.On)), x => x.Category ?? "UNGRADED"), Counts: MeasureCounts.People));
        return list;
    }

    private static IEnumerable<FactGroup> OpenPlans(MeasureFacts f, FinancialQuarter q) =>
        f.Of(FactKinds.ChildProtectionPlan).Where(p => p.On <= q.Ends && (p.Until is null || p.Until > q.Ends));

    private static bool In(FinancialQuarter q, DateOnly? on) => on is { } d && q.Contains(d);

    private static MeasureCell Count(IEnumerable<FactGroup> facts, Func<FactGroup, string> by)
    {
        var list = facts.ToList();
        return new(list.Sum(x => x.Count), null, list.GroupBy(by).ToDictionary(g => g.Key, g => (decimal)g.Sum(x => x.Count)));
    }

    private static MeasureCell Sum(IEnumerable<FactGroup> facts, Func<FactGroup, string> by)
    {
        var list = facts.ToList();
        return new(list.Sum(x => x.Total), null, list.GroupBy(by).ToDictionary(g => g.Key, g => g.Sum(x => x.Total)));
    }

    private static MeasureCell Share(IEnumerable<FactGroup> facts, Func<FactGroup, bool> good, string none)
    {
        var list = facts.ToList();
        var all = list.Sum(x => x.Count);
        var part = list.Where(good).Sum(x => x.Count);
        return all == 0 ? new(null, none) : new(Percent(part, all, 1), Part: part, Whole: all);
    }

    public static decimal Percent(int part, int whole, int decimals) =>
        Math.Round(100m * part / whole, decimals, MidpointRounding.AwayFromZero);
}
