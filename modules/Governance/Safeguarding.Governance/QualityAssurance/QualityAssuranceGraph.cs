using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.QualityAssurance;

public sealed class CaseAuditGraphType : ObjectGraphType<CaseAudit>
{
    public CaseAuditGraphType()
    {
        Name = "CaseAudit";
        Description = "A multi-agency case audit, graded per agency.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Topic);
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field<IdGraphType>("repeatOfAuditId").Resolve(c => c.Source.RepeatOfAuditId);
        Field(x => x.CompletedOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditAgencyGraphType>>>>("agencies")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().CaseAuditAgencies.AsNoTracking()
                .Where(a => a.AuditId == c.Source.Id).ToListAsync(c.CancellationToken));
    }
}

public sealed class CaseAuditAgencyGraphType : ObjectGraphType<CaseAuditAgency>
{
    public CaseAuditAgencyGraphType()
    {
        Name = "CaseAuditAgency";
        Field<EnumerationGraphType<AuditGrade>>("grade").Resolve(c => c.Source.Grade);
        Field(x => x.Finding, nullable: true);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}

public sealed record AuditComparisonRow(Partner Partner, AuditGrade? EarlierGrade, AuditGrade? RepeatGrade, string Change);

public sealed class AuditComparisonRowGraphType : ObjectGraphType<AuditComparisonRow>
{
    public AuditComparisonRowGraphType()
    {
        Name = "CaseAuditComparisonRow";
        Description = "One agency's grade in the earlier audit and in the repeat: IMPROVED, SAME, WORSE or NOT_COMPARABLE.";
        Field<NonNullGraphType<PartnerGraphType>>("partner").Resolve(c => c.Source.Partner);
        Field<EnumerationGraphType<AuditGrade>>("earlierGrade").Resolve(c => c.Source.EarlierGrade);
        Field<EnumerationGraphType<AuditGrade>>("repeatGrade").Resolve(c => c.Source.RepeatGrade);
        Field(x => x.Change);
    }
}

public sealed record S175QuestionCompliance(string Question, int Yes, int Returns, decimal Percentage, decimal? PreviousYearPercentage)
{
    public decimal? Change => PreviousYearPercentage is { } p ? Percentage - p : null;
}

public sealed class S175QuestionComplianceGraphType : ObjectGraphType<S175QuestionCompliance>
{
    public S175QuestionComplianceGraphType()
    {
        Name = "S175QuestionCompliance";
        Description = "Settings answering yes to a S.175/157 question, as a percentage rounded to two decimals, with the change from the previous year.";
        Field(x => x.Question);
        Field(x => x.Yes);
        Field(x => x.Returns);
        Field(x => x.Percentage);
        Field(x => x.PreviousYearPercentage, nullable: true);
        Field(x => x.Change, nullable: true).Description("Percentage points, this year minus the previous year.");
    }
}

public sealed class CreateCaseAuditInput
{
    public string? Topic { get; set; }
    public string? Quarter { get; set; }
    public List<string>? AgencyPartnerIds { get; set; }
    public string? RepeatOfAuditId { get; set; }
}

public sealed class CreateCaseAuditInputType : InputObjectGraphType<CreateCaseAuditInput>
{
    public CreateCaseAuditInputType()
    {
        Name = "CreateCaseAuditInput";
        Field(x => x.Topic);
        Field(x => x.Quarter).Description("Financial year and quarter, e.g. 2023/24 Q3.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("agencyPartnerIds").Description("The agencies taking part (at least two).");
        Field<IdGraphType>("repeatOfAuditId").Description("The earlier audit this one repeats, to check the actions made a difference.");
    }
}

public sealed class GradeCaseAuditAgencyInput
{
    public string? AuditId { get; set; }
    public string? PartnerId { get; set; }
    public AuditGrade Grade { get; set; }
    public string? Finding { get; set; }
}

public sealed class GradeCaseAuditAgencyInputType : InputObjectGraphType<GradeCaseAuditAgencyInput>
{
    public GradeCaseAuditAgencyInputType()
    {
        Name = "GradeCaseAuditAgencyInput";
        Field<NonNullGraphType<IdGraphType>>("auditId");
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field<NonNullGraphType<EnumerationGraphType<AuditGrade>>>("grade");
        Field(x => x.Finding);
    }
}

public sealed class S175AnswerInput
{
    public string? Question { get; set; }
    public bool Answer { get; set; }
}

public sealed class S175AnswerInputType : InputObjectGraphType<S175AnswerInput>
{
    public S175AnswerInputType()
    {
        Name = "S175AnswerInput";
        Field(x => x.Question);
        Field(x => x.Answer);
    }
}

public sealed class RecordS175ReturnInput
{
    public string? Year { get; set; }
    public string? Setting { get; set; }
    public List<S175AnswerInput>? Answers { get; set; }
}

public sealed class RecordS175ReturnInputType : InputObjectGraphType<RecordS175ReturnInput>
{
    public RecordS175ReturnInputType()
    {
        Name = "RecordS175ReturnInput";
        Field(x => x.Year).Description("e.g. 2023/24.");
        Field(x => x.Setting).Description("The school, college or setting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<S175AnswerInputType>>>>("answers");
    }
}

internal static class QualityAssuranceGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseAuditGraphType>>>>("caseAudits")
            .Description("Multi-agency case audits, by quarter.")
            .Allow(Readers)
            .ResolveAsync(async c => await c.Service<GovernanceDbContext>().CaseAudits.AsNoTracking()
                .OrderBy(a => a.Quarter).ThenBy(a => a.Topic).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditComparisonRowGraphType>>>>("caseAuditComparison")
            .Description("For a repeat audit: each agency's grade in the earlier audit and now, and whether it improved.")
            .Argument<NonNullGraphType<IdGraphType>>("repeatAuditId")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("repeatAuditId"), "repeatAuditId", "The repeat audit");
                var db = c.Service<GovernanceDbContext>();
                var repeat = await db.CaseAudits.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("case audit", id);
                if (repeat.RepeatOfAuditId is not { } earlierId) throw PartnershipError.Conflict("This audit does not repeat an earlier one.");
                var rows = await db.CaseAuditAgencies.AsNoTracking().Where(a => a.AuditId == id || a.AuditId == earlierId).ToListAsync(c.CancellationToken);
                var partners = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.Id, c.CancellationToken);
                return rows.Select(r => r.PartnerId).Distinct().Select(p =>
                {
                    var earlier = rows.FirstOrDefault(r => r.AuditId == earlierId && r.PartnerId == p)?.Grade;
                    var later = rows.FirstOrDefault(r => r.AuditId == id && r.PartnerId == p)?.Grade;
                    return new AuditComparisonRow(partners[p], earlier, later, AuditGrades.Change(earlier, later));
                }).OrderBy(r => r.Partner.Name).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<S175QuestionComplianceGraphType>>>>("s175Compliance")
            .Description("S.175/157 school audit: per question, the percentage of settings answering yes (two decimals) and the change from the previous year.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<string>("year");
                if (!FinancialYear.TryParseExact(year, out var financialYear)) throw PartnershipError.Invalid("year", "The year must look like 2023/24.");
                var previous = financialYear.Previous.Label;
                var answers = await c.Service<GovernanceDbContext>().SchoolAuditAnswers.AsNoTracking()
                    .Where(a => a.Year == year || a.Year == previous).Select(a => new { a.Year, a.Question, a.Answer }).ToListAsync(c.CancellationToken);
                return answers.Where(a => a.Year == year).GroupBy(a => a.Question).OrderBy(g => g.Key).Select(g =>
                {
                    var before = answers.Where(a => a.Year == previous && a.Question == g.Key).ToList();
                    decimal? previousPercentage = before.Count == 0 ? null : AuditGrades.Percentage(before.Count(a => a.Answer), before.Count);
                    return new S175QuestionCompliance(g.Key, g.Count(a => a.Answer), g.Count(), AuditGrades.Percentage(g.Count(a => a.Answer), g.Count()), previousPercentage);
                }).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("createCaseAudit")
            .Description("Plans a multi-agency case audit with the agencies taking part; optionally a repeat of an earlier audit.")
            .Argument<NonNullGraphType<CreateCaseAuditInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateCaseAuditInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var ids = (input.AgencyPartnerIds ?? []).Select((t, i) => check.ParseId(t, $"agencyPartnerIds[{i}]", "The agency")).ToList();
                Guid? repeatOf = input.RepeatOfAuditId is null ? null : check.ParseId(input.RepeatOfAuditId, "repeatOfAuditId", "The earlier audit");
                check.RequireText(input.Topic, "topic", "The topic", 200)
                    .Require(FinancialQuarter.TryParseExact(input.Quarter, out _), "quarter", "The quarter must look like 2023/24 Q3.")
                    .Require(ids.Distinct().Count() >= 2, "agencyPartnerIds", "A multi-agency audit needs at least two different agencies.")
                    .Require(ids.Distinct().Count() == ids.Count, "agencyPartnerIds", "An agency is listed twice.")
                    .ThrowIfInvalid();
                await db.CurrentPartnersAsync(ids, "agencyPartnerIds", c.CancellationToken);
                if (repeatOf is { } earlierId)
                {
                    var earlier = await db.CaseAudits.AsNoTracking().FirstOrDefaultAsync(a => a.Id == earlierId, c.CancellationToken)
                        ?? throw PartnershipError.NotFound("case audit", earlierId);
                    if (earlier.CompletedOn is null) throw PartnershipError.Conflict("An audit can only be repeated once it is completed.");
                }
                var audit = new CaseAudit { Id = Guid.NewGuid(), Topic = input.Topic!.Trim(), Quarter = input.Quarter!, RepeatOfAuditId = repeatOf };
                db.CaseAudits.Add(audit);
                foreach (var id in ids) db.CaseAuditAgencies.Add(new CaseAuditAgency { Id = Guid.NewGuid(), AuditId = audit.Id, PartnerId = id });
                await db.SaveChangesAsync(c.CancellationToken);
                return audit;
            });

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("gradeCaseAuditAgency")
            .Description("Records an agency's grade and finding in an audit not yet completed.")
            .Argument<NonNullGraphType<GradeCaseAuditAgencyInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<GradeCaseAuditAgencyInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var auditId = check.ParseId(input.AuditId, "auditId", "The audit");
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
                check.Require(Enum.IsDefined(input.Grade), "grade", "The grade must be GOOD, REQUIRES_IMPROVEMENT or INADEQUATE.")
                    .RequireText(input.Finding, "finding", "The finding", 4000).ThrowIfInvalid();
                var audit = await db.CaseAudits.FirstOrDefaultAsync(a => a.Id == auditId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("case audit", auditId);
                if (audit.CompletedOn is not null) throw PartnershipError.Conflict("This audit is completed; its grades are final.");
                var agency = await db.CaseAuditAgencies.FirstOrDefaultAsync(a => a.AuditId == auditId && a.PartnerId == partnerId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("agency taking part in this audit", partnerId);
                agency.Grade = input.Grade;
                agency.Finding = input.Finding!.Trim();
                await db.SaveChangesAsync(c.CancellationToken);
                return audit;
            });

        slice.Mutation.Field<NonNullGraphType<CaseAuditGraphType>>("completeCaseAudit")
            .Description("Completes an audit once every agency taking part is graded.")
            .Argument<NonNullGraphType<IdGraphType>>("auditId")
            .Argument<DateOnlyGraphType>("completedOn")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var completedOn = c.GetArgument<DateOnly?>("completedOn") ?? today;
                var check = new InputCheck();
                var auditId = check.ParseId(c.GetArgument<string>("auditId"), "auditId", "The audit");
                check.Require(completedOn <= today, "completedOn", "An audit cannot be completed on a future date.").ThrowIfInvalid();
                var audit = await db.CaseAudits.FirstOrDefaultAsync(a => a.Id == auditId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("case audit", auditId);
                if (audit.CompletedOn is not null) throw PartnershipError.Conflict($"This audit was already completed on {audit.CompletedOn:d MMMM yyyy}.");
                var agencies = await db.CaseAuditAgencies.AsNoTracking().Where(a => a.AuditId == auditId).ToListAsync(c.CancellationToken);
                if (agencies.Any(a => a.Grade is null))
                    throw PartnershipError.Conflict($"{agencies.Count(a => a.Grade is null)} of {agencies.Count} agencies are not yet graded.");
                audit.CompletedOn = completedOn;
                db.Publish(new CaseAuditCompleted(audit.Id, audit.Topic, audit.Quarter, audit.RepeatOfAuditId, completedOn,
                    agencies.Count(a => a.Grade == AuditGrade.Good), agencies.Count(a => a.Grade == AuditGrade.RequiresImprovement),
                    agencies.Count(a => a.Grade == AuditGrade.Inadequate)));
                await db.SaveChangesAsync(c.CancellationToken);
                return audit;
            });

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordS175Return")
            .Description("Records one setting's S.175/157 return for a year (yes/no per question); answers the number of answers stored.")
            .Argument<NonNullGraphType<RecordS175ReturnInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordS175ReturnInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var answers = input.Answers ?? [];
                var check = new InputCheck();
                check.Require(FinancialYear.TryParseExact(input.Year, out _), "year", "The year must look like 2023/24.")
                    .RequireText(input.Setting, "setting", "The setting", 200)
                    .Require(answers.Count > 0, "answers", "A return needs at least one answer.");
                for (var i = 0; i < answers.Count; i++) check.RequireText(answers[i].Question, $"answers[{i}].question", "The question", 1000);
                check.Require(answers.Select(a => a.Question?.Trim()).Distinct().Count() == answers.Count, "answers", "A question is answered twice.")
                    .ThrowIfInvalid();
                var setting = input.Setting!.Trim();
                if (await db.SchoolAuditAnswers.AnyAsync(a => a.Year == input.Year && a.Setting == setting, c.CancellationToken))
                    throw PartnershipError.Conflict($"{setting} has already made its {input.Year} return.");
                foreach (var a in answers)
                    db.SchoolAuditAnswers.Add(new SchoolAuditAnswer { Id = Guid.NewGuid(), Year = input.Year!, Setting = setting, Question = a.Question!.Trim(), Answer = a.Answer });
                await db.SaveChangesAsync(c.CancellationToken);
                return answers.Count;
            });
    }
}
