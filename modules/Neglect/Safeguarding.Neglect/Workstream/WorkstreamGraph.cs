using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Neglect.Workstream;

public sealed record QuarterShare(DateOnly QuarterEnd, int NeglectPlans, int AllPlans, decimal SharePercent);
public sealed record AgencyQuarterUse(string Agency, DateOnly QuarterEnd, int CompletedAssessments);

public sealed class RecordChildProtectionPlanInput
{
    public string? SubjectId { get; set; }
    public PlanCategory Category { get; set; }
    public DateOnly StartedOn { get; set; }
}

public sealed class RecordChildProtectionPlanInputType : InputObjectGraphType<RecordChildProtectionPlanInput>
{
    public RecordChildProtectionPlanInputType()
    {
        Name = "RecordChildProtectionPlanInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field<NonNullGraphType<EnumerationGraphType<PlanCategory>>>("category");
        Field(x => x.StartedOn);
    }
}

public sealed class ChildProtectionPlanGraphType : ObjectGraphType<ChildProtectionPlan>
{
    public ChildProtectionPlanGraphType()
    {
        Name = "ChildProtectionPlan";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<EnumerationGraphType<PlanCategory>>>("category").Resolve(c => c.Source.Category);
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}

public sealed class NeglectQuarterShareGraphType : ObjectGraphType<QuarterShare>
{
    public NeglectQuarterShareGraphType()
    {
        Name = "NeglectQuarterShare";
        Description = "Neglect's share of child protection plans open at a quarter's end.";
        Field(x => x.QuarterEnd);
        Field(x => x.NeglectPlans);
        Field(x => x.AllPlans);
        Field(x => x.SharePercent).Description("Neglect plans open at the quarter's end ÷ all plans open then, as a percentage to one decimal place.");
    }
}

public sealed class Gcp2AgencyUseGraphType : ObjectGraphType<AgencyQuarterUse>
{
    public Gcp2AgencyUseGraphType()
    {
        Name = "Gcp2AgencyUse";
        Field(x => x.Agency);
        Field(x => x.QuarterEnd);
        Field(x => x.CompletedAssessments);
    }
}

public sealed class DentalExtractionsGraphType : ObjectGraphType<DentalExtractionCount>
{
    public DentalExtractionsGraphType()
    {
        Name = "NeglectDentalExtractions";
        Description = "Children who had teeth extracted in hospital because of decay, in a financial year.";
        Field(x => x.Year);
        Field(x => x.Children);
        Field(x => x.ReportedBy);
    }
}

public sealed class NeglectTrainingReachGraphType : ObjectGraphType<TrainingReach>
{
    public NeglectTrainingReachGraphType()
    {
        Name = "NeglectTrainingReach";
        Field(x => x.Year);
        Field(x => x.Topic);
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}

internal static class WorkstreamGraph
{
    /// <summary>Whole-partnership figures: no child can be told apart in them.</summary>
    private const Access Aggregates = Access.Scrutineer | Access.WorkingGroupMember | Access.Administrator;

    private static (DateOnly From, DateOnly To) Period(IResolveFieldContext c)
    {
        var from = c.GetArgument<DateOnly>("from");
        var to = c.GetArgument<DateOnly>("to");
        new InputCheck().RequirePeriod(from, to, 366 * 10, "ten years").ThrowIfInvalid();
        return (from, to);
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectQuarterShareGraphType>>>>("neglectShareByQuarter")
            .Description("For each quarter ending between from and to: child protection plans open at its end, and neglect's share of them.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Aggregates)
            .ResolveAsync(async c =>
            {
                var (from, to) = Period(c);
                var db = c.Service<NeglectDbContext>();
                var result = new List<QuarterShare>();
                foreach (var end in Quarters.EndsBetween(from, to))
                {
                    var open = db.ChildProtectionPlans.AsNoTracking().Where(ChildProtectionPlan.OpenOn(end));
                    var all = await open.CountAsync(c.CancellationToken);
                    var neglect = await open.CountAsync(p => p.Category == PlanCategory.Neglect, c.CancellationToken);
                    result.Add(new QuarterShare(end, neglect, all, Quarters.SharePercent(neglect, all)));
                }
                return result;
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2AgencyUseGraphType>>>>("gcp2UseByAgency")
            .Description("Completed Graded Care Profile 2 assessments per agency per quarter (by the day completed), for quarters ending between from and to.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Aggregates)
            .ResolveAsync(async c =>
            {
                var (from, to) = Period(c);
                var first = Quarters.EndOf(from).AddMonths(-3).AddDays(1);
                var completed = await c.Service<NeglectDbContext>().Assessments.AsNoTracking()
                    .Where(a => a.CompletedOn != null && a.CompletedOn >= first && a.CompletedOn <= to)
                    .Select(a => new { a.Agency, CompletedOn = a.CompletedOn!.Value }).ToListAsync(c.CancellationToken);
                return completed.GroupBy(a => (a.Agency, End: Quarters.EndOf(a.CompletedOn)))
                    .Where(g => g.Key.End <= to && g.Key.End >= from)
                    .OrderBy(g => g.Key.End).ThenBy(g => g.Key.Agency)
                    .Select(g => new AgencyQuarterUse(g.Key.Agency, g.Key.End, g.Count())).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DentalExtractionsGraphType>>>>("neglectDentalExtractions")
            .Description("The hospital's yearly count of children with dental extractions due to decay.")
            .Allow(Aggregates)
            .ResolveAsync(async c => (object?)await c.Service<NeglectDbContext>().DentalExtractions.AsNoTracking().OrderBy(d => d.Year).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectTrainingReachGraphType>>>>("neglectTrainingReach")
            .Description("Neglect training delivered: sessions and attendees per year and topic.")
            .Allow(Aggregates)
            .ResolveAsync(async c => (object?)await c.Service<NeglectDbContext>().Training.AsNoTracking().OrderBy(t => t.Year).ThenBy(t => t.Topic).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildProtectionPlanGraphType>>>>("neglectChildProtectionPlans")
            .Description("A child's child protection plans. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var subjectId = InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");
                return await c.Service<NeglectDbContext>().ChildProtectionPlans.AsNoTracking().Where(p => p.SubjectId == subjectId)
                    .OrderBy(p => p.StartedOn).ToListAsync(c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<ChildProtectionPlanGraphType>>("recordChildProtectionPlan")
            .Description("Records that a registered child's child protection plan started. Neglect working group.")
            .Argument<NonNullGraphType<RecordChildProtectionPlanInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordChildProtectionPlanInput>("input");
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
                check.Require(input.StartedOn <= today, "startedOn", "The start date cannot be in the future.")
                    .Require(input.StartedOn > today.AddYears(-18), "startedOn", "The start date must be within the last 18 years.")
                    .ThrowIfInvalid();
                await AssessmentGraph.RequireSubjectAsync(c, subjectId);
                var db = c.Service<NeglectDbContext>();
                if (await db.ChildProtectionPlans.AnyAsync(p => p.SubjectId == subjectId && p.EndedOn == null, c.CancellationToken))
                    throw PartnershipError.Conflict("This child already has an open child protection plan; end it before recording another.");
                var plan = ChildProtectionPlan.Start(subjectId, input.Category, input.StartedOn);
                db.ChildProtectionPlans.Add(plan);
                db.Publish(plan.Started());
                await db.SaveChangesAsync(c.CancellationToken);
                await c.Service<ISubjectRegistry>().EnrolAsync(new SubjectId(subjectId), NeglectModule.ModuleName, c.CancellationToken);
                return plan;
            });

        slice.Mutation.Field<NonNullGraphType<ChildProtectionPlanGraphType>>("endChildProtectionPlan")
            .Description("Records that a child protection plan ended. Neglect working group.")
            .Argument<NonNullGraphType<IdGraphType>>("planId")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("endedOn")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var endedOn = c.GetArgument<DateOnly>("endedOn");
                var today = c.Service<TimeProvider>().Today();
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("planId"), "planId", "The plan");
                check.Require(endedOn <= today, "endedOn", "The end date cannot be in the future.").ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var plan = await db.ChildProtectionPlans.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("child protection plan", id);
                db.Publish(plan.End(endedOn));
                await db.SaveChangesAsync(c.CancellationToken);
                return plan;
            });

        slice.Mutation.Field<NonNullGraphType<DentalExtractionsGraphType>>("recordDentalExtractions")
            .Description("Records the hospital's count, for a financial year, of children with dental extractions due to decay. Neglect working group.")
            .Argument<NonNullGraphType<StringGraphType>>("year", "e.g. \"2024/25\"")
            .Argument<NonNullGraphType<IntGraphType>>("children")
            .Argument<StringGraphType>("reportedBy", "Default: University Hospitals Plymouth NHS Trust.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<string>("year")?.Trim();
                var children = c.GetArgument<int>("children");
                var reportedBy = c.GetArgument<string?>("reportedBy");
                new InputCheck()
                    .Require(FinancialYear.TryParse(year, out _), "year", $"\"{year}\" is not a financial year: write it like 2024/25.")
                    .Require(children is >= 0 and <= 100_000, "children", "The count must be a whole number from 0 to 100,000.")
                    .OptionalText(reportedBy, "reportedBy", "Who reported it", 200)
                    .ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                if (await db.DentalExtractions.AnyAsync(d => d.Year == year, c.CancellationToken))
                    throw PartnershipError.Conflict($"The count for {year} is already recorded.");
                var row = new DentalExtractionCount
                {
                    Id = Guid.NewGuid(), Year = year!, Children = children,
                    ReportedBy = string.IsNullOrWhiteSpace(reportedBy) ? "University Hospitals Plymouth NHS Trust" : reportedBy.Trim(),
                };
                db.DentalExtractions.Add(row);
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });

        slice.Mutation.Field<NonNullGraphType<NeglectTrainingReachGraphType>>("recordNeglectTraining")
            .Description("Adds sessions and attendees of neglect training to a year's figures for a topic. Neglect working group.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Argument<NonNullGraphType<StringGraphType>>("topic")
            .Argument<NonNullGraphType<IntGraphType>>("sessions")
            .Argument<NonNullGraphType<IntGraphType>>("attendees")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<string>("year")?.Trim();
                var topic = c.GetArgument<string>("topic");
                var sessions = c.GetArgument<int>("sessions");
                var attendees = c.GetArgument<int>("attendees");
                new InputCheck()
                    .Require(FinancialYear.TryParse(year, out _), "year", $"\"{year}\" is not a financial year: write it like 2024/25.")
                    .RequireText(topic, "topic", "The topic", 200)
                    .Require(sessions is >= 1 and <= 1000, "sessions", "Sessions must be from 1 to 1,000.")
                    .Require(attendees is >= 0 and <= 100_000, "attendees", "Attendees must be from 0 to 100,000.")
                    .ThrowIfInvalid();
                var db = c.Service<NeglectDbContext>();
                var name = topic.Trim();
                var row = await db.Training.FirstOrDefaultAsync(t => t.Year == year && t.Topic == name, c.CancellationToken);
                if (row is null) db.Training.Add(row = new TrainingReach { Id = Guid.NewGuid(), Year = year!, Topic = name });
                row.Sessions += sessions;
                row.Attendees += attendees;
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });
    }
}
