using System.Text.Json.Nodes;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Tests.Integration.RoundTrip;

/// <summary>
/// Every kind of record Governance's mutations write, written with marked text and read back through the queries its
/// readers use. A new text input on a Governance mutation needs a write here (the generated test says which).
/// </summary>
public static class GovernanceRoundTrips
{
    private const string Gina = "gina.governance";
    private const string Admin = "alex.admin";
    private const string Scrutineer = "sam.scrutineer";

    public static IEnumerable<RoundTripCase> All =>
    [
        new("meetings: summary, decisions, attendance; seats on a body", MeetingsAsync),
        new("actions: title and completion evidence", ActionsAsync),
        new("partners", PartnersAsync),
        new("learning reviews: references, findings, action plans", LearningReviewsAsync),
        new("case audits and S.175 and Section 11 returns", QualityAssuranceAsync),
        new("professional disagreements: summary and every step", DisagreementsAsync),
        new("training: courses, evaluations, reflections", TrainingAsync),
        new("improvement plans: outcomes, activities, milestones", ImprovementPlansAsync),
        new("Young Safeguarders' reviews and the responses", VoiceAsync),
    ];

    public static string Day(int fromToday) => UkTime.Today(TimeProvider.System).AddDays(fromToday).ToString("yyyy-MM-dd");

    public static async Task<string> PartnerAsync(RoundTripProbe probe, string name) =>
        (await probe.ReadAsync(Admin, "{ partners { id name } }"))["partners"]!.AsArray()
            .First(p => p!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    public static async Task<string> BodyAsync(RoundTripProbe probe, string name) =>
        (await probe.ReadAsync(Admin, "{ partnershipBodies { id name } }"))["partnershipBodies"]!.AsArray()
            .First(b => b!["name"]!.GetValue<string>() == name)!["id"]!.GetValue<string>();

    private static string Id(JsonNode? written) => written!["id"]!.GetValue<string>();

    private static async Task MeetingsAsync(RoundTripProbe p)
    {
        var body = await BodyAsync(p, "Quality Assurance Delivery Group");
        var nspcc = await PartnerAsync(p, "NSPCC");
        await p.WriteAsync(Admin, "addBodyMember", new { input = new { bodyId = body, partnerId = nspcc, role = p.Text("Head of safeguarding") } });
        await p.WriteAsync(Gina, "recordMeeting", new
        {
            input = new
            {
                bodyId = body, heldOn = Day(-2), summary = p.Text("Quarterly audit review"),
                decisions = new[] { p.Text("Repeat the neglect audit"), p.Text("Invite the police data lead") },
                attendance = new[] { new { partnerId = nspcc, role = p.Text("Service manager") } },
            },
        });
        await p.ReadAsync(Scrutineer, "query($b: ID) { meetings(bodyId: $b) { nodes { summary decisions { text } attendance { role partner { name } } } } }", new { b = body });
        await p.ReadAsync(Scrutineer, "{ partnershipBodies { members { role } } }");
    }

    private static async Task ActionsAsync(RoundTripProbe p)
    {
        var body = await BodyAsync(p, "Quality Assurance Delivery Group");
        var nspcc = await PartnerAsync(p, "NSPCC");
        var action = Id(await p.WriteAsync(Gina, "createAction", new { input = new { bodyId = body, ownerPartnerId = nspcc, title = p.Text("Repeat the audit"), dueDate = Day(30) } }, "{ id }"));
        await p.WriteAsync(Gina, "completeAction", new { input = new { actionId = action, evidence = p.Text("Repeat audit report") } });
        await p.ReadAsync(Scrutineer, "query($b: ID) { partnershipActions(bodyId: $b) { nodes { title completionEvidence } } }", new { b = body });
    }

    private static async Task PartnersAsync(RoundTripProbe p)
    {
        await p.WriteAsync(Admin, "addPartner", new
        {
            input = new
            {
                name = p.Text("Academy trust"), kind = "STATUTORY_PARTNER", sector = p.Text("Education"),
                leadSafeguardingPartner = p.Text("Chief Executive"), delegatedSafeguardingPartner = p.Text("Director of Education"),
            },
        });
        await p.ReadAsync(Scrutineer, "{ partners { name sector leadSafeguardingPartner delegatedSafeguardingPartner } }");

        var renamed = Id(await p.WriteAsync(Admin, "addPartner", new
        {
            input = new { name = "Youth service " + Guid.NewGuid().ToString("N")[..8], kind = "RELEVANT_AGENCY", sector = p.Text("Youth work") },
        }, "{ id }"));
        await p.WriteAsync(Admin, "renamePartner", new { partnerId = renamed, name = p.Text("Youth and play service") });
        await p.ReadAsync(Scrutineer, "{ partners { name sector } }");
    }

    private static async Task LearningReviewsAsync(RoundTripProbe p)
    {
        var owner = await BodyAsync(p, "Child Safeguarding Practice Review Group");
        await p.WriteAsync(Gina, "openRapidReview", new { input = new { reference = p.Text("RR"), notifiedOn = Day(-3) } });
        var review = Id(await p.WriteAsync(Gina, "openLearningFromExperienceReview",
            new { input = new { reference = p.Text("LfE"), commissionedOn = Day(-1), dueDate = Day(90) } }, "{ id }"));
        await p.WriteAsync(Gina, "addReviewFinding", new { input = new { reviewId = review, theme = p.Text("professional curiosity"), text = p.Text("Chronologies were incomplete") } });
        var action = Id(await p.WriteAsync(Gina, "addReviewAction",
            new { input = new { reviewId = review, title = p.Text("Chronology training"), ownerBodyId = owner, startsOn = Day(0), dueDate = Day(60) } }, "{ id }"));
        await p.WriteAsync(Gina, "completeReviewAction", new { input = new { actionId = action, evidence = p.Text("Training delivered") } });
        await p.ReadAsync(Gina, "{ learningReviews { nodes { reference findings { theme text } actions { title completionEvidence } } } }");
    }

    private static async Task QualityAssuranceAsync(RoundTripProbe p)
    {
        var (nspcc, council) = (await PartnerAsync(p, "NSPCC"), await PartnerAsync(p, "Plymouth City Council"));
        var audit = Id(await p.WriteAsync(Gina, "createCaseAudit",
            new { input = new { topic = p.Text("Neglect"), quarter = "2025/26 Q1", agencyPartnerIds = new[] { nspcc, council } } }, "{ id }"));
        await p.WriteAsync(Gina, "gradeCaseAuditAgency", new { input = new { auditId = audit, partnerId = nspcc, grade = "GOOD", finding = p.Text("Clear chronology") } });
        await p.ReadAsync(Scrutineer, "{ caseAudits { nodes { topic agencies { finding } } } }");

        await p.WriteAsync(Gina, "recordS175Return", new
        {
            input = new { year = "2025/26", setting = "Setting " + Guid.NewGuid().ToString("N")[..8], answers = new[] { new { question = p.Text("Trained for Operation Encompass?"), answer = true } } },
        });
        await p.ReadAsync(Scrutineer, "{ s175Compliance(year: \"2025/26\") { question } }");

        var year = UkTime.Today(TimeProvider.System).Year;
        var ratings = Enumerable.Range(1, 8).Select(i => new { standard = $"S11.{i}", rating = i == 1 ? "PARTIALLY_MET" : "MET", action = i == 1 ? p.Text("Refresh the policy") : null });
        await p.WriteAsync(Gina, "submitSection11SelfAssessment", new { input = new { partnerId = nspcc, year, submittedOn = Day(0), ratings } });
        await p.ReadAsync(Scrutineer, $"{{ section11SelfAssessments(year: {year}) {{ ratings {{ action }} }} }}");
    }

    private static async Task DisagreementsAsync(RoundTripProbe p)
    {
        var (nspcc, council) = (await PartnerAsync(p, "NSPCC"), await PartnerAsync(p, "Plymouth City Council"));
        var disagreement = Id(await p.WriteAsync(Gina, "raiseProfessionalDisagreement",
            new { input = new { raisedByPartnerId = nspcc, againstPartnerId = council, summary = p.Text("Threshold for a strategy discussion") } }, "{ id }"));
        await p.WriteAsync(Gina, "escalateProfessionalDisagreement", new { input = new { disagreementId = disagreement, note = p.Text("No agreement between practitioners") } });
        await p.WriteAsync(Gina, "resolveProfessionalDisagreement", new { input = new { disagreementId = disagreement, note = p.Text("Strategy discussion held") } });
        await p.ReadAsync(Scrutineer, "{ professionalDisagreements { nodes { summary resolution steps { note } } } }");
    }

    private static async Task TrainingAsync(RoundTripProbe p)
    {
        var nspcc = await PartnerAsync(p, "NSPCC");
        var session = Id(await p.WriteAsync(Gina, "addTrainingSession",
            new { input = new { course = p.Text("Professional curiosity"), heldOn = Day(-100), attendance = new[] { new { partnerId = nspcc, attendees = 6 } } } }, "{ id }"));
        await p.WriteAsync(Gina, "recordTrainingEvaluation", new { input = new { sessionId = session, answers = new[] { new { question = p.Text("Quality"), score = 4 } } } });
        await p.WriteAsync(Gina, "markTrainingReflectionsRequested", new { sessionId = session });
        await p.WriteAsync(Gina, "recordTrainingReflection",
            new { input = new { sessionId = session, partnerId = nspcc, role = p.Text("Social worker"), text = p.Text("I now ask about the wider family") } });
        await p.ReadAsync(Scrutineer, "{ trainingCourseEvaluations { course questions { question } } }");
        await p.ReadAsync(Gina, "query($s: ID) { trainingReflections(sessionId: $s) { nodes { role text agency { name } session { course } } } }", new { s = session });
    }

    private static async Task ImprovementPlansAsync(RoundTripProbe p)
    {
        var council = await PartnerAsync(p, "Plymouth City Council");
        var plan = Id(await p.WriteAsync(Gina, "createImprovementPlan",
            new { input = new { title = p.Text("Corporate Safeguarding Improvement Plan"), ownerPartnerId = council, startsOn = Day(-30), endsOn = Day(300) } }, "{ id }"));
        var activity = Id(await p.WriteAsync(Gina, "addImprovementActivity", new
        {
            input = new { planId = plan, outcome = p.Text("Joint leadership"), number = p.Text(), text = p.Text("Review information sharing"), support = p.Text("Health colleagues") },
        }, "{ id }"));
        await p.WriteAsync(Gina, "addImprovementMilestone",
            new { input = new { activityId = activity, text = p.Text("Joint action plan in place"), dueDate = Day(60), ownerPartnerId = council, benefits = p.Text("Staff recognise the impact") } });
        await p.ReadAsync(Scrutineer, """
            query($id: ID!) { improvementPlan(id: $id) { title outcomes { text activities { number text support milestones { text benefits } } } } }
            """, new { id = plan });
    }

    private static async Task VoiceAsync(RoundTripProbe p)
    {
        var review = await p.WriteAsync(Gina, "recordYoungSafeguardersReview", new
        {
            input = new { quarter = "2025/26 Q2", reviewedOn = Day(0), summary = p.Text("The scorecard reviewed"), recommendations = new[] { p.Text("Show missing episodes by age") } },
        }, "{ recommendations { id } }");
        var recommendation = review!["recommendations"]![0]!["id"]!.GetValue<string>();
        await p.WriteAsync(Gina, "respondToYoungSafeguardersRecommendation", new { recommendationId = recommendation, status = "ACCEPTED", response = p.Text("Added next quarter") });
        await p.ReadAsync(Scrutineer, "{ youngSafeguardersReviews { nodes { summary recommendations { text response } } } }");
    }
}
