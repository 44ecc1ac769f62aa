using Safeguarding.Governance.Contracts;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.Scrutiny.Report;
using Safeguarding.Scrutiny.Returns;

namespace Safeguarding.Scrutiny.DemoData;

/// <summary>
/// Demo data from the partnership's 2023-24 annual report (seeds/002): the figures it published for its priorities,
/// learning reviews, audits and training; the police data gap since November 2022; and the independent scrutineer's
/// judgement under its seven themes, in the scrutineer's words. Facts are not seeded: they come from the modules' events.
/// </summary>
internal static class ScrutinySeed
{
    public const string AnnualReport = "Annual report 2023-24";

    public static void Write(ScrutinyDbContext db, TimeProvider clock)
    {
        // Counts of children (and of the reviews of harm to one) are withheld when small; counts of staff, forms and audits are not.
        void Figure(string year, string section, string measure, decimal value, FigureUnit unit, bool people = false, string source = AnnualReport) =>
            db.PublishedFigures.Add(new PublishedFigure
            {
                Id = Guid.NewGuid(), Year = year, Section = section, Measure = measure, Value = value, Unit = unit, Source = source, CountsPeople = people,
            });

        const string y2223 = "2022/23", y2324 = "2023/24";
        Figure(y2223, "Neglect", "Child protection plans in the category of neglect (share of all plans, early in the year that follows)", 35.5m, FigureUnit.Percent);
        Figure(y2324, "Neglect", "Child protection plans in the category of neglect (share of all plans, early in the year that follows)", 50.6m, FigureUnit.Percent);
        Figure(y2324, "Neglect", "Children with dental extractions or clearances due to caries (University Hospitals Plymouth)", 267m, FigureUnit.Count, people: true);
        Figure(y2324, "Neglect", "Education settings aware of the neglect Graded Care Profile (S.175/157 audit)", 83.17m, FigureUnit.Percent);
        Figure(y2223, "Domestic abuse", "Children in Police Public Protection Notices", 8155m, FigureUnit.Count, people: true);
        Figure(y2324, "Domestic abuse", "Children in Police Public Protection Notices", 10366m, FigureUnit.Count, people: true);
        Figure(y2324, "Domestic abuse", "Settings whose relevant staff completed Operation Encompass training (S.175/157 audit)", 99.01m, FigureUnit.Percent);
        Figure(y2324, "Domestic abuse", "Plymouth schools subscribed to Operation Encompass", 100m, FigureUnit.Percent);
        Figure(y2324, "Child sexual abuse", "Cases of child sexual abuse safeguarded at University Hospitals Plymouth", 19m, FigureUnit.Count, people: true);
        Figure(y2324, "Adolescents", "Home educated children supported to return to school", 140m, FigureUnit.Count, people: true);
        Figure(y2324, "Workforce development", "Staff who attended the Building Support workshops", 473m, FigureUnit.Count);
        Figure(y2324, "Workforce development", "Building Support workshop evaluation forms received", 228m, FigureUnit.Count);
        Figure(y2324, "Workforce development", "How helpful was the pre-reading (average, out of 5)", 4.17m, FigureUnit.Score);
        Figure(y2324, "Workforce development", "How was the quality of the presentation (average, out of 5)", 4.37m, FigureUnit.Score);
        Figure(y2324, "Workforce development", "Did the content meet your needs (average, out of 5)", 4.32m, FigureUnit.Score);
        Figure(y2324, "Workforce development", "How useful will this learning be for the work that you do (average, out of 5)", 4.41m, FigureUnit.Score);
        Figure(y2324, Report.AnnualReport.LearningReviews, "Rapid reviews", 1m, FigureUnit.Count, people: true);
        Figure(y2324, Report.AnnualReport.LearningReviews, "Rapid reviews completed within the 15-day time frame", 1m, FigureUnit.Count, people: true);
        Figure(y2324, Report.AnnualReport.LearningReviews, "Local Child Safeguarding Practice Reviews required", 0m, FigureUnit.Count, people: true);
        Figure(y2324, Report.AnnualReport.LearningReviews, "Learning from experience reviews", 2m, FigureUnit.Count, people: true);
        Figure(y2324, Report.AnnualReport.QualityAssurance, "Multi-agency case audits each quarter (the independent scrutineer: one in each quarter)", 1m, FigureUnit.Count);
        Figure(y2324, Report.AnnualReport.QualityAssurance, "Professional disagreements referred under the case resolution protocol", 0m, FigureUnit.Count);

        // "In Plymouth we have had no Police data since November 2022" (a change of computer system). The report gives no
        // re-referral figures, so none are seeded: the measure shows the police's gap and no returns.
        db.DataSuppliers.Add(DataSupplier.Expect(MeasureCatalogue.ReReferrals, KnownPartners.DevonAndCornwallPolice, "Devon and Cornwall Police", "2022/23 Q1", "2022-11",
            "No Police data since November 2022, following a change of computer system; to be shared during 2024/25 (annual report 2023-24)."));

        var at = clock.GetUtcNow();
        void Judgement(ScrutinyTheme theme, RecommendationKind kind, string text, string finding) =>
            db.Recommendations.Add(Recommendation.Record(y2324, theme, kind, text, finding, at));

        Judgement(ScrutinyTheme.Leadership, RecommendationKind.AreaToMonitor,
            "I feel particular attention needs to be placed on its leadership to ensure the LSPs and DSPs work together to optimise the opportunities available through Working Together 2023 and Early Help initiatives.",
            "The partnership is still waiting for permanent delegated safeguarding partners (DSPs) for both the Devon and Cornwall Police and the NHS Devon Integrated Care Board. It is understood that permanent appointments are due to be made, but until they are the leadership of the partnership at this level is not secure.");
        Judgement(ScrutinyTheme.RelevantAgencies, RecommendationKind.Recommendation,
            "There are new opportunities to widen the partnership's influence into local sporting groups, and I recommend the partnership monitors this over the next year.",
            "The partnership is supported well by local 'Relevant Agencies'. I note the connections made with 'sport' representatives and it will be interesting to see how this develops.");
        Judgement(ScrutinyTheme.Participation, RecommendationKind.Recommendation,
            "I recommend this plan is monitored closely, as I feel, this is a risk to achieving what was intended in Working Together 2023, in respect of participation.",
            "I have suggested the partnership should have a wider perspective from children and families, to build on what the 'Young Safeguarders' provide. I am aware there are plans to develop this through each of the partnership's subgroups.");
        Judgement(ScrutinyTheme.Learning, RecommendationKind.Strength,
            "The partnership has developed its ability to learn from experience and has performed well.",
            "The learning offer is based on a robust needs analysis and reflects the priorities of the partnership. Findings are clear, monitored and subject of regular oversight.");
        Judgement(ScrutinyTheme.Priorities, RecommendationKind.AreaToMonitor,
            "I note there are positive signs of improvement in these priority areas, but it is still early to truly understand how outcomes are being affected. I know work is planned to monitor the outcomes being achieved.",
            "The partnership has made good progress on most of its priority areas over the past twelve months.");
        Judgement(ScrutinyTheme.EarlyHelp, RecommendationKind.AreaToMonitor,
            "There is still much to do but plans are being developed to improve the connection between community and statutory resources, connect local partners and develop resilience within the communities.",
            "Although the Early Help and Family Hubs activity does not sit under the Safeguarding Children Partnership, I feel it should be referenced. Early Help has developed across Plymouth, with a clear focus on local communities.");
        Judgement(ScrutinyTheme.QualityAssurance, RecommendationKind.Recommendation,
            "I recommend pressure continues to be placed on the leadership of the Devon and Cornwall Police to address this issue.",
            "One significant gap throughout the past 12 months is the absence of police safeguarding information. Despite numerous promises this has not been provided and has left the partnership at a disadvantage.");
    }
}
