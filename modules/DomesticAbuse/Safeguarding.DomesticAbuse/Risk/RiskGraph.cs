using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Trend;
using Safeguarding.Governance.Contracts.Agencies;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInput
{
    public List<DashAnswer>? Answers { get; set; }
    public string? VictimPersonReference { get; set; }
    public bool ProfessionalJudgement { get; set; }
    public string? JudgementReason { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? MaracMeetingOn { get; set; }
}

public sealed class CompleteDashAssessmentInputType : InputObjectGraphType<CompleteDashAssessmentInput>
{
    public CompleteDashAssessmentInputType()
    {
        Name = "CompleteDashAssessmentInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DashAnswer>>>>>("answers").Description($"Exactly {DashRules.Questions} answers in question order: YES, NO or NOT_KNOWN.");
        Field<StringGraphType>("victimPersonReference").Description("The victim's police person reference, if known from notices: repeat incidents in the last 12 months are counted for escalation.");
        Field<BooleanGraphType>("professionalJudgement").Description("The practitioner judges the case high risk whatever the score; judgementReason is then required.");
        Field<StringGraphType>("judgementReason");
        Field<DateOnlyGraphType>("completedOn").Description("Default today; not in the future.");
        Field<DateOnlyGraphType>("maracMeetingOn").Description("The MARAC meeting the case goes to; required when the assessment is high risk.");
    }
}

public sealed class AddMaracActionInput
{
    public string? ReferralId { get; set; }
    public string? Agency { get; set; }
    public string? Action { get; set; }
    public DateOnly DueOn { get; set; }
}

public sealed class AddMaracActionInputType : InputObjectGraphType<AddMaracActionInput>
{
    public AddMaracActionInputType()
    {
        Name = "AddMaracActionInput";
        Field<NonNullGraphType<IdGraphType>>("referralId");
        Field(x => x.Agency).Description("The agency that owns the action.");
        Field(x => x.Action);
        Field(x => x.DueOn);
    }
}

public sealed class DashAssessmentGraphType : ObjectGraphType<DashAssessment>
{
    public DashAssessmentGraphType()
    {
        Name = "DashAssessment";
        Description = "A DASH risk checklist: 14 or more YES answers is high risk; professional judgement and escalation (3 or more notices involving the victim in 12 months) can also make it so.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<IdGraphType>("victimAdultId").Resolve(c => c.Source.VictimAdultId);
        Field(x => x.Agency);
        Field(x => x.Practitioner);
        Field(x => x.CompletedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DashAnswer>>>>>("answers").Resolve(c => DashRules.Decode(c.Source.Answers));
        Field(x => x.YesCount);
        Field(x => x.IncidentsInLastYear).Description("Notices involving the victim in the 12 months to the day completed.");
        Field<NonNullGraphType<DashRiskLevelGraphType>>("riskLevel").Resolve(c => c.Source.RiskLevel);
        Field<EnumerationGraphType<HighRiskBasis>>("highRiskBasis").Resolve(c => c.Source.HighRiskBasis);
        Field(x => x.JudgementReason, nullable: true);
        Field<MaracReferralGraphType>("maracReferral").ResolveAsync(async c =>
            await RiskGraph.Referrals(c.Service<DomesticAbuseDbContext>()).FirstOrDefaultAsync(r => r.AssessmentId == c.Source.Id, c.CancellationToken));
    }
}

public sealed class MaracReferralGraphType : ObjectGraphType<MaracReferral>
{
    public MaracReferralGraphType()
    {
        Name = "MaracReferral";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Resolve(c => c.Source.AssessmentId);
        Field(x => x.ReferringAgency);
        Field(x => x.ReferredOn);
        Field(x => x.MeetingOn);
        Field<NonNullGraphType<EnumerationGraphType<HighRiskBasis>>>("basis").Resolve(c => c.Source.Basis);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaracActionGraphType>>>>("actions").WithComplexityImpact(1, 5).Resolve(c => c.Source.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Agency));
    }
}

public sealed class MaracActionGraphType : ObjectGraphType<MaracAction>
{
    public MaracActionGraphType()
    {
        Name = "MaracAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Agency);
        Field(x => x.Action);
        Field(x => x.DueOn);
        Field(x => x.CompletedOn, nullable: true);
    }
}

public sealed record DashSummary(DateOnly From, DateOnly To, int Completed, int High, int ByScore, int ByJudgement, int ByEscalation, int MaracReferrals, int MaracActionsOpen);

public sealed class DashSummaryGraphType : ObjectGraphType<DashSummary>
{
    public DashSummaryGraphType()
    {
        Name = "DashSummary";
        Description = "Counts only: DASH assessments completed in a period, high risk by basis, and MARAC referrals.";
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.Completed);
        Field(x => x.High);
        Field<NonNullGraphType<IntGraphType>>("highByScore").Resolve(c => c.Source.ByScore);
        Field<NonNullGraphType<IntGraphType>>("highByJudgement").Resolve(c => c.Source.ByJudgement);
        Field<NonNullGraphType<IntGraphType>>("highByEscalation").Resolve(c => c.Source.ByEscalation);
        Field(x => x.MaracReferrals);
        Field(x => x.MaracActionsOpen).Description("Actions of those referrals not yet completed.");
    }
}

internal static class RiskGraph
{
    private const string Who = "Domestic Abuse working group.";

    public static IQueryable<MaracReferral> Referrals(DomesticAbuseDbContext db) => db.MaracReferrals.AsNoTracking().Include(r => r.Actions);

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<DashAssessmentGraphType>>("completeDashAssessment")
            .Description($"Records a completed DASH checklist (24 answers). High risk (14 or more YES, professional judgement with a reason, or 3 or more notices involving the victim in 12 months) makes a MARAC referral for the meeting given. {Who}")
            .Argument<NonNullGraphType<CompleteDashAssessmentInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CompleteDashAssessmentInput>("input");
                var today = c.Service<TimeProvider>().Today();
                var completedOn = input.CompletedOn ?? today;
                var check = new InputCheck();
                DashRules.Check(check, input.Answers, input.ProfessionalJudgement, input.JudgementReason);
                check.Require(completedOn <= today, "completedOn", "The day completed cannot be in the future.")
                    .Require(completedOn > today.AddYears(-1), "completedOn", "The day completed must be within the last year.")
                    .OptionalText(input.VictimPersonReference, "victimPersonReference", "The victim's person reference", 50)
                    .Require(input.MaracMeetingOn is null || input.MaracMeetingOn >= completedOn, "maracMeetingOn", "The MARAC meeting cannot be before the assessment.")
                    .Require(input.MaracMeetingOn is null || input.MaracMeetingOn <= completedOn.AddDays(90), "maracMeetingOn", "The MARAC meeting must be within 90 days of the assessment.")
                    .ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                Guid? victimId = null;
                var incidents = 0;
                if (!string.IsNullOrWhiteSpace(input.VictimPersonReference))
                {
                    var reference = input.VictimPersonReference.Trim().ToUpperInvariant();
                    victimId = await db.Adults.Where(a => a.PersonReference == reference).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(c.CancellationToken)
                               ?? throw new PartnershipError(ErrorCodes.NotFound, $"No adult with the person reference {reference} appears in a notice.");
                    var start = UkTime.At(completedOn.AddYears(-1), TimeOnly.MinValue);
                    var end = UkTime.At(completedOn.AddDays(1), TimeOnly.MinValue);
                    incidents = await db.NoticeAdults.AsNoTracking()
                        .Where(a => a.AdultId == victimId && a.Role == AdultRole.Victim && a.IncidentAt >= start && a.IncidentAt < end)
                        .Select(a => a.NoticeId).Distinct().CountAsync(c.CancellationToken);
                }
                var outcome = DashRules.Grade(input.Answers!, input.ProfessionalJudgement, incidents);
                if (outcome.RiskLevel == RiskLevel.High && input.MaracMeetingOn is null)
                    throw PartnershipError.Invalid("maracMeetingOn", $"This assessment is high risk ({Basis(outcome, incidents)}): give the date of the MARAC meeting the case goes to.");
                var agency = Agency(c);
                var assessment = new DashAssessment
                {
                    Id = Guid.NewGuid(), VictimAdultId = victimId, Agency = agency, Practitioner = c.User!.Actor(), CompletedOn = completedOn,
                    Answers = DashRules.Encode(input.Answers!), YesCount = outcome.YesCount, IncidentsInLastYear = incidents, RiskLevel = outcome.RiskLevel,
                    HighRiskBasis = outcome.Basis, JudgementReason = input.ProfessionalJudgement ? input.JudgementReason!.Trim() : null,
                };
                db.DashAssessments.Add(assessment);
                db.Publish(new DashAssessmentCompleted(assessment.Id, agency, completedOn, outcome.YesCount, Code(outcome.RiskLevel), outcome.Basis is { } b ? Code(b) : null));
                if (outcome.Basis is { } basis)
                {
                    var referral = new MaracReferral { Id = Guid.NewGuid(), AssessmentId = assessment.Id, ReferringAgency = agency, ReferredOn = completedOn, MeetingOn = input.MaracMeetingOn!.Value, Basis = basis };
                    db.MaracReferrals.Add(referral);
                    db.Publish(new MaracReferralMade(referral.Id, assessment.Id, agency, completedOn, referral.MeetingOn, Code(basis)));
                }
                await db.SaveChangesAsync(c.CancellationToken);
                return assessment;
            });

        slice.Query.Field<NonNullGraphType<DashAssessmentGraphType>>("dashAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Description($"One DASH assessment with its MARAC referral. {Who}")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The assessment");
                return await c.Service<DomesticAbuseDbContext>().DashAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                       ?? throw PartnershipError.NotFound("DASH assessment", id);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MaracReferralGraphType>>>>("maracReferrals").WithComplexityImpact(1, 10)
            .Description($"MARAC referrals by meeting date (from today by default), with their actions per agency. {Who}")
            .Argument<DateOnlyGraphType>("meetingFrom").Argument<DateOnlyGraphType>("meetingTo")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<DateOnly?>("meetingFrom") ?? c.Service<TimeProvider>().Today();
                var to = c.GetArgument<DateOnly?>("meetingTo") ?? from.AddDays(90);
                return await Referrals(c.Service<DomesticAbuseDbContext>()).Where(r => r.MeetingOn >= from && r.MeetingOn <= to)
                    .OrderBy(r => r.MeetingOn).Take(500).ToListAsync(c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<MaracReferralGraphType>>("addMaracAction")
            .Description($"Records an action agreed at the MARAC for one agency. {Who}")
            .Argument<NonNullGraphType<AddMaracActionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddMaracActionInput>("input");
                var check = new InputCheck();
                var referralId = check.ParseId(input.ReferralId, "referralId", "The MARAC referral");
                var db = c.Service<DomesticAbuseDbContext>();
                var agency = (await PartnershipAgencies.LoadAsync(db.Agencies, c.CancellationToken)).Resolve(input.Agency, check, "agency", "The agency");
                check.RequireText(input.Action, "action", "The action", 1000).ThrowIfInvalid();
                var referral = await db.MaracReferrals.Include(r => r.Actions).FirstOrDefaultAsync(r => r.Id == referralId, c.CancellationToken)
                               ?? throw PartnershipError.NotFound("MARAC referral", referralId);
                if (input.DueOn < referral.MeetingOn) throw PartnershipError.Invalid("dueOn", $"The action cannot be due before the meeting ({referral.MeetingOn:d MMMM yyyy}).");
                referral.Actions.Add(new MaracAction { Id = Guid.NewGuid(), ReferralId = referral.Id, Agency = agency!, Action = input.Action!.Trim(), DueOn = input.DueOn });
                await db.SaveChangesAsync(c.CancellationToken);
                return referral;
            });

        slice.Mutation.Field<NonNullGraphType<MaracActionGraphType>>("completeMaracAction")
            .Description($"Records that an agency completed its MARAC action. {Who}")
            .Argument<NonNullGraphType<IdGraphType>>("actionId")
            .Argument<DateOnlyGraphType>("completedOn", "Default today.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var today = c.Service<TimeProvider>().Today();
                var completedOn = c.GetArgument<DateOnly?>("completedOn") ?? today;
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("actionId"), "actionId", "The MARAC action");
                check.Require(completedOn <= today, "completedOn", "The day completed cannot be in the future.").ThrowIfInvalid();
                var db = c.Service<DomesticAbuseDbContext>();
                var action = await db.MaracActions.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("MARAC action", id);
                if (action.CompletedOn is { } done) throw PartnershipError.Conflict($"This action was already completed on {done:d MMMM yyyy}.");
                action.CompletedOn = completedOn;
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });

        slice.Query.Field<NonNullGraphType<DashSummaryGraphType>>("dashSummary")
            .Description("Counts of DASH assessments completed in a period (default the last 365 days), high risk by basis, and MARAC referrals. Working group, scrutineer, administrators.")
            .Argument<DateOnlyGraphType>("from").Argument<DateOnlyGraphType>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(async c =>
            {
                var (from, to) = ReportingPeriodGraph.Read(c);
                var db = c.Service<DomesticAbuseDbContext>();
                var bases = await db.DashAssessments.AsNoTracking().Where(a => a.CompletedOn >= from && a.CompletedOn <= to)
                    .GroupBy(a => a.HighRiskBasis).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(c.CancellationToken);
                int Of(HighRiskBasis? b) => bases.Where(x => x.Key == b).Sum(x => x.Count);
                var referrals = db.MaracReferrals.AsNoTracking().Where(r => r.ReferredOn >= from && r.ReferredOn <= to);
                var open = await db.MaracActions.AsNoTracking().CountAsync(a => a.CompletedOn == null && referrals.Any(r => r.Id == a.ReferralId), c.CancellationToken);
                return new DashSummary(from, to, bases.Sum(x => x.Count), bases.Where(x => x.Key != null).Sum(x => x.Count),
                    Of(HighRiskBasis.Score), Of(HighRiskBasis.Judgement), Of(HighRiskBasis.Escalation), await referrals.CountAsync(c.CancellationToken), open);
            });
    }

    private static string Basis(DashOutcome o, int incidents) => o.Basis switch
    {
        HighRiskBasis.Score => $"{o.YesCount} YES answers",
        HighRiskBasis.Judgement => "professional judgement",
        _ => $"{incidents} notices involving the victim in 12 months",
    };

    private static string Code<T>(T value) where T : struct, Enum => value.ToString().ToUpperInvariant();

    public static string Agency(IResolveFieldContext c) =>
        c.User!.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";
}

/// <summary>The outcome of a DASH risk assessment (named apart from the Adolescents safety plan's risk level).</summary>
public sealed class DashRiskLevelGraphType : EnumerationGraphType<RiskLevel>
{
    public DashRiskLevelGraphType() => Name = "DashRiskLevel";
}
