using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Csa.Workstream;

public sealed record PlanQuarter(DateOnly QuarterEnd, int Started, int OpenAtEnd);

public sealed class CsaPlanQuarterGraphType : ObjectGraphType<PlanQuarter>
{
    public CsaPlanQuarterGraphType()
    {
        Name = "CsaSexualAbusePlanQuarter";
        Description = "Child protection plans for sexual abuse in a quarter: started in it, and open at its end.";
        Field(x => x.QuarterEnd);
        Field(x => x.Started);
        Field(x => x.OpenAtEnd);
    }
}

public sealed class CsaSexualAbusePlanGraphType : ObjectGraphType<SexualAbusePlan>
{
    public CsaSexualAbusePlanGraphType()
    {
        Name = "CsaSexualAbusePlan";
        Description = "A child protection plan for sexual abuse, as recorded in the Neglect module.";
        Field<NonNullGraphType<IdGraphType>>("planId").Resolve(c => c.Source.PlanId);
        Field(x => x.StartedOn);
        Field(x => x.EndedOn, nullable: true);
    }
}

public sealed class CsaHospitalCasesGraphType : ObjectGraphType<HospitalSafeguardedCases>
{
    public CsaHospitalCasesGraphType()
    {
        Name = "CsaHospitalSafeguardedCases";
        Description = "Children with sexual abuse who presented to the hospital and were safeguarded, in a financial year.";
        Field(x => x.Year);
        Field(x => x.Cases);
        Field(x => x.Source);
    }
}

public sealed class CsaWorkshopTrainingGraphType : ObjectGraphType<WorkshopTraining>
{
    public CsaWorkshopTrainingGraphType()
    {
        Name = "CsaWorkshopTraining";
        Description = "CSA workshops delivered in a financial year: sessions and attendees.";
        Field(x => x.Year);
        Field(x => x.Workshop);
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}

public sealed class CsaAwarenessActivityGraphType : ObjectGraphType<AwarenessActivity>
{
    public CsaAwarenessActivityGraphType()
    {
        Name = "CsaAwarenessActivity";
        Description = "Awareness work on child sexual abuse led by young people.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Year);
        Field(x => x.Title);
        Field(x => x.Partners);
        Field(x => x.Summary);
        Field(x => x.YoungPeopleReached, nullable: true).Description("Empty unless a count was reported.");
    }
}

public sealed class RecordCsaAwarenessActivityInput
{
    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? Partners { get; set; }
    public string? Summary { get; set; }
    public int? YoungPeopleReached { get; set; }
}

public sealed class RecordCsaAwarenessActivityInputType : InputObjectGraphType<RecordCsaAwarenessActivityInput>
{
    public RecordCsaAwarenessActivityInputType()
    {
        Name = "RecordCsaAwarenessActivityInput";
        Field(x => x.Year).Description("Financial year, e.g. \"2024-25\".");
        Field(x => x.Title);
        Field(x => x.Partners).Description("Who the young people worked with, e.g. a college and a charity.");
        Field(x => x.Summary);
        Field(x => x.YoungPeopleReached, nullable: true);
    }
}

public sealed class RecordCsaWorkshopTrainingInput
{
    public string? Year { get; set; }
    public string? Workshop { get; set; }
    public int Sessions { get; set; }
    public int Attendees { get; set; }
}

public sealed class RecordCsaWorkshopTrainingInputType : InputObjectGraphType<RecordCsaWorkshopTrainingInput>
{
    public RecordCsaWorkshopTrainingInputType()
    {
        Name = "RecordCsaWorkshopTrainingInput";
        Field(x => x.Year).Description("Financial year, e.g. \"2024-25\".");
        Field(x => x.Workshop).Description("The workshop, e.g. \"Introduction to child sexual abuse\".");
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}

internal static class WorkstreamGraph
{
    /// <summary>The quarters ending between the from and to arguments (at most ten years).</summary>
    public static List<Quarter> Quarters(IResolveFieldContext c)
    {
        var from = c.GetArgument<DateOnly>("from");
        var to = c.GetArgument<DateOnly>("to");
        new InputCheck().RequirePeriod(from, to, 366 * 10, "ten years").ThrowIfInvalid();
        return Quarter.EndingBetween(from, to).ToList();
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaPlanQuarterGraphType>>>>("csaSexualAbusePlansByQuarter")
            .Description("Child protection plans for sexual abuse per quarter ending between from and to: started in the quarter and open at its end. From the plans the Neglect module records. Aggregates only.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c =>
            {
                var quarters = Quarters(c);
                if (quarters.Count == 0) return new List<PlanQuarter>();
                var (first, last) = (quarters[0].Starts, quarters[^1].Ends);
                var plans = await c.Service<CsaDbContext>().SexualAbusePlans.AsNoTracking()
                    .Where(p => p.StartedOn <= last && (p.EndedOn == null || p.EndedOn >= first))
                    .Select(p => new { p.StartedOn, p.EndedOn }).ToListAsync(c.CancellationToken);
                return quarters.Select(q => new PlanQuarter(q.Ends,
                    plans.Count(p => p.StartedOn >= q.Starts && p.StartedOn <= q.Ends),
                    plans.Count(p => p.StartedOn <= q.Ends && (p.EndedOn == null || p.EndedOn > q.Ends)))).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHospitalCasesGraphType>>>>("csaHospitalSafeguardedCases")
            .Description("Children with sexual abuse safeguarded at the hospital, per financial year.")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c => (object?)await c.Service<CsaDbContext>().HospitalCases.AsNoTracking().OrderBy(h => h.Year).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaWorkshopTrainingGraphType>>>>("csaWorkshopTraining")
            .Description("The reach of the CSA workshops: sessions and attendees per year and workshop.")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c => (object?)await c.Service<CsaDbContext>().Training.AsNoTracking().OrderBy(t => t.Year).ThenBy(t => t.Workshop).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaAwarenessActivityGraphType>>>>("csaAwarenessActivities")
            .Description("Awareness work on child sexual abuse led by young people, by year.")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c => (object?)await c.Service<CsaDbContext>().AwarenessActivities.AsNoTracking().OrderBy(a => a.Year).ThenBy(a => a.Title).ToListAsync(c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<CsaHospitalCasesGraphType>>("recordCsaHospitalSafeguardedCases")
            .Description("Records the hospital's count, for a financial year, of children with sexual abuse it safeguarded. Once per year. CSA working group.")
            .Argument<NonNullGraphType<StringGraphType>>("year", "e.g. \"2024-25\"")
            .Argument<NonNullGraphType<IntGraphType>>("cases")
            .Argument<StringGraphType>("source", "Default: University Hospitals Plymouth NHS Trust.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<string>("year")?.Trim();
                var cases = c.GetArgument<int>("cases");
                var source = c.GetArgument<string?>("source");
                new InputCheck().RequireYear(year)
                    .Require(cases is >= 0 and <= 100_000, "cases", "The count must be a whole number from 0 to 100,000.")
                    .OptionalText(source, "source", "Who reported it", 200)
                    .ThrowIfInvalid();
                var db = c.Service<CsaDbContext>();
                if (await db.HospitalCases.AnyAsync(h => h.Year == year, c.CancellationToken))
                    throw PartnershipError.Conflict($"The count for {year} is already recorded.");
                var row = new HospitalSafeguardedCases
                {
                    Id = Guid.NewGuid(), Year = year!, Cases = cases,
                    Source = string.IsNullOrWhiteSpace(source) ? CsaSeedSources.Hospital : source.Trim(),
                };
                db.HospitalCases.Add(row);
                db.Publish(row.Reported());
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });

        slice.Mutation.Field<NonNullGraphType<CsaWorkshopTrainingGraphType>>("recordCsaWorkshopTraining")
            .Description("Adds sessions and attendees of a CSA workshop to a year's figures. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaWorkshopTrainingInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCsaWorkshopTrainingInput>("input");
                var year = input.Year?.Trim();
                new InputCheck().RequireYear(year)
                    .RequireText(input.Workshop, "workshop", "The workshop", 200)
                    .Require(input.Sessions is >= 1 and <= 1000, "sessions", "Sessions must be from 1 to 1,000.")
                    .Require(input.Attendees is >= 0 and <= 100_000, "attendees", "Attendees must be from 0 to 100,000.")
                    .ThrowIfInvalid();
                var db = c.Service<CsaDbContext>();
                var workshop = input.Workshop!.Trim();
                var row = await db.Training.FirstOrDefaultAsync(t => t.Year == year && t.Workshop == workshop, c.CancellationToken);
                if (row is null) db.Training.Add(row = new WorkshopTraining { Id = Guid.NewGuid(), Year = year!, Workshop = workshop });
                row.Sessions += input.Sessions;
                row.Attendees += input.Attendees;
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });

        slice.Mutation.Field<NonNullGraphType<CsaAwarenessActivityGraphType>>("recordCsaAwarenessActivity")
            .Description("Records awareness work on child sexual abuse led by young people. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaAwarenessActivityInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCsaAwarenessActivityInput>("input");
                var year = input.Year?.Trim();
                new InputCheck().RequireYear(year)
                    .RequireText(input.Title, "title", "The title", 200)
                    .RequireText(input.Partners, "partners", "Who it was with", 500)
                    .RequireText(input.Summary, "summary", "The summary", 2000)
                    .Require(input.YoungPeopleReached is null or >= 0 and <= 1_000_000, "youngPeopleReached", "The number reached cannot be negative.")
                    .ThrowIfInvalid();
                var db = c.Service<CsaDbContext>();
                var row = new AwarenessActivity
                {
                    Id = Guid.NewGuid(), Year = year!, Title = input.Title!.Trim(), Partners = input.Partners!.Trim(),
                    Summary = input.Summary!.Trim(), YoungPeopleReached = input.YoungPeopleReached,
                };
                db.AwarenessActivities.Add(row);
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });
    }
}

internal static class CsaSeedSources
{
    public const string Hospital = "University Hospitals Plymouth NHS Trust";
}
