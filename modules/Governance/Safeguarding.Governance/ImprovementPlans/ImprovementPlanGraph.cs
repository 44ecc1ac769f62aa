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

namespace Safeguarding.Governance.ImprovementPlans;

public sealed record PlanProgress(ImprovementPlan Plan, int Milestones, int Completed, int Overdue)
{
    /// <summary>Completed milestones as a percentage of all, two decimals; 0 for a plan without milestones.</summary>
    public decimal PercentComplete => Milestones == 0 ? 0 : Math.Round(100m * Completed / Milestones, 2, MidpointRounding.AwayFromZero);
}

public sealed class PlanProgressGraphType : ObjectGraphType<PlanProgress>
{
    public PlanProgressGraphType()
    {
        Name = "ImprovementPlanProgress";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Plan.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Plan.Title);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Resolve(c => c.Source.Plan.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Resolve(c => c.Source.Plan.EndsOn);
        Field(x => x.Milestones);
        Field(x => x.Completed);
        Field(x => x.Overdue).Description("Not completed and past their due date today.");
        Field(x => x.PercentComplete);
        Field<NonNullGraphType<PartnerGraphType>>("owner").Description("The partner that owns the plan.")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.Plan.OwnerPartnerId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanOutcomeGraphType>>>>("outcomes").Rows(ImprovementPlanGraph.OutcomesPerPlan)
            .Description("What the plan sets out to achieve, each with its activities and their milestones, in the plan's order.")
            .ResolveAsync(async c => (object?)await PlanOutline.LoadAsync(c.Service<GovernanceDbContext>(), c.Source.Plan.Id, c.CancellationToken));
    }
}

public sealed class PlanOutcomeGraphType : ObjectGraphType<PlanOutcome>
{
    public PlanOutcomeGraphType()
    {
        Name = "ImprovementOutcome";
        Description = "An outcome of an improvement plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Text);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActivityGraphType>>>>("activities").Rows(ImprovementPlanGraph.ActivitiesPerOutcome)
            .Description("By number (1.2 before 1.10).")
            .Resolve(c => c.Source.Activities);
    }
}

public sealed class PlanMilestoneGraphType : ObjectGraphType<PlanMilestone>
{
    public PlanMilestoneGraphType()
    {
        Name = "ImprovementMilestone";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Text);
        Field(x => x.DueDate);
        Field(x => x.CompletedOn, nullable: true);
        Field(x => x.Benefits, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId").Resolve(c => c.Source.OwnerPartnerId);
        Field<NonNullGraphType<PartnerGraphType>>("owner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.OwnerPartnerId], c.CancellationToken));
        Field<NonNullGraphType<EnumerationGraphType<MilestoneStatus>>>("status").Description("Today: OPEN, OVERDUE (open and past its due date) or COMPLETED.")
            .Resolve(c => c.Source.StatusOn(c.Service<TimeProvider>().Today()));
    }
}

public sealed class PlanActivityGraphType : ObjectGraphType<PlanActivity>
{
    public PlanActivityGraphType()
    {
        Name = "ImprovementActivity";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Number);
        Field(x => x.Text);
        Field(x => x.Support, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanMilestoneGraphType>>>>("milestones").Rows(ImprovementPlanGraph.MilestonesPerActivity)
            .Description("By due date.")
            .Resolve(c => c.Source.Milestones);
    }
}

public sealed class CreatePlanInput
{
    public string? Title { get; set; }
    public string? OwnerPartnerId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
}

public sealed class CreatePlanInputType : InputObjectGraphType<CreatePlanInput>
{
    public CreatePlanInputType()
    {
        Name = "CreateImprovementPlanInput";
        Field(x => x.Title);
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId");
        Field(x => x.StartsOn);
        Field(x => x.EndsOn);
    }
}

public sealed class AddActivityInput
{
    public string? PlanId { get; set; }
    public string? Outcome { get; set; }
    public string? Number { get; set; }
    public string? Text { get; set; }
    public string? Support { get; set; }
}

public sealed class AddActivityInputType : InputObjectGraphType<AddActivityInput>
{
    public AddActivityInputType()
    {
        Name = "AddImprovementActivityInput";
        Field<NonNullGraphType<IdGraphType>>("planId");
        Field(x => x.Outcome).Description("The outcome the activity serves; a new text adds a new outcome to the plan.");
        Field(x => x.Number).Description("e.g. 1.1");
        Field(x => x.Text);
        Field(x => x.Support, nullable: true).Description("Support required from other departments or partners.");
    }
}

public sealed class AddMilestoneInput
{
    public string? ActivityId { get; set; }
    public string? Text { get; set; }
    public DateOnly DueDate { get; set; }
    public string? OwnerPartnerId { get; set; }
    public string? Benefits { get; set; }
}

public sealed class AddMilestoneInputType : InputObjectGraphType<AddMilestoneInput>
{
    public AddMilestoneInputType()
    {
        Name = "AddImprovementMilestoneInput";
        Field<NonNullGraphType<IdGraphType>>("activityId");
        Field(x => x.Text);
        Field(x => x.DueDate).Description("Within the plan's dates.");
        Field<NonNullGraphType<IdGraphType>>("ownerPartnerId");
        Field(x => x.Benefits, nullable: true).Description("Benefits, planned savings, income generated.");
    }
}

internal static class ImprovementPlanGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    // How many rows each list holds in a realistic partnership, for the complexity analysis (see docs/modules/governance-learning.md).
    /// <summary>Plans running at once: a corporate plan and a few for reviews and inspections.</summary>
    public const int PlansInPartnership = 5;
    /// <summary>The 2014/15 Corporate Safeguarding Improvement Plan has five outcomes.</summary>
    public const int OutcomesPerPlan = 5;
    public const int ActivitiesPerOutcome = 4;
    public const int MilestonesPerActivity = 3;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanProgressGraphType>>>>("improvementPlans").Rows(PlansInPartnership)
            .Description("Improvement plans with their progress (milestones, completed, overdue, percent complete) and, in full, their outcomes, activities and milestones.")
            .Allow(Readers)
            .ResolveAsync(async c => (object?)await ProgressAsync(c.Service<GovernanceDbContext>(), null, c.Service<TimeProvider>().Today(), c.CancellationToken));

        slice.Query.Field<NonNullGraphType<PlanProgressGraphType>>("improvementPlan")
            .Description("One improvement plan with its progress and, in full, its outcomes, activities and milestones.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("id"), "id", "The plan");
                var found = await ProgressAsync(c.Service<GovernanceDbContext>(), id, c.Service<TimeProvider>().Today(), c.CancellationToken);
                return found.FirstOrDefault() ?? throw DomainException.NotFound("improvement plan", id);
            });

        slice.Mutation.Field<NonNullGraphType<PlanProgressGraphType>>("createImprovementPlan")
            .Argument<NonNullGraphType<CreatePlanInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreatePlanInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var owner = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owner");
                check.RequireText(input.Title, "title", "The title", 300)
                    .Require(input.EndsOn > input.StartsOn, "endsOn", "The plan must end after it starts.")
                    .Require(input.EndsOn <= input.StartsOn.AddYears(5), "endsOn", "A plan runs for five years at most.")
                    .ThrowIfInvalid();
                await db.CurrentPartnerAsync(owner, "ownerPartnerId", c.CancellationToken);
                var plan = new ImprovementPlan { Id = Guid.NewGuid(), Title = input.Title!.Trim(), OwnerPartnerId = owner, StartsOn = input.StartsOn, EndsOn = input.EndsOn };
                db.ImprovementPlans.Add(plan);
                await db.SaveChangesAsync(c.CancellationToken);
                return new PlanProgress(plan, 0, 0, 0);
            });

        slice.Mutation.Field<NonNullGraphType<PlanActivityGraphType>>("addImprovementActivity")
            .Argument<NonNullGraphType<AddActivityInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddActivityInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var planId = check.ParseId(input.PlanId, "planId", "The plan");
                check.RequireText(input.Outcome, "outcome", "The outcome", 2000).RequireText(input.Number, "number", "The number", 20)
                    .RequireText(input.Text, "text", "The activity", 2000).OptionalText(input.Support, "support", "The support", 1000).ThrowIfInvalid();
                if (!await db.ImprovementPlans.AnyAsync(p => p.Id == planId, c.CancellationToken)) throw PartnershipError.NotFound("improvement plan", planId);
                var outcomeText = input.Outcome!.Trim();
                var outcome = await db.PlanOutcomes.FirstOrDefaultAsync(o => o.PlanId == planId && o.Text == outcomeText, c.CancellationToken);
                if (outcome is null) db.PlanOutcomes.Add(outcome = new PlanOutcome { Id = Guid.NewGuid(), PlanId = planId, Text = outcomeText });
                var activity = new PlanActivity { Id = Guid.NewGuid(), OutcomeId = outcome.Id, Number = input.Number!.Trim(), Text = input.Text!.Trim(), Support = input.Support?.Trim() };
                db.PlanActivities.Add(activity);
                await db.SaveChangesAsync(c.CancellationToken);
                return activity;
            });

        slice.Mutation.Field<NonNullGraphType<PlanMilestoneGraphType>>("addImprovementMilestone")
            .Argument<NonNullGraphType<AddMilestoneInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddMilestoneInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var activityId = check.ParseId(input.ActivityId, "activityId", "The activity");
                var owner = check.ParseId(input.OwnerPartnerId, "ownerPartnerId", "The owner");
                check.RequireText(input.Text, "text", "The milestone", 1000).OptionalText(input.Benefits, "benefits", "The benefits", 2000).ThrowIfInvalid();
                var plan = await (from a in db.PlanActivities join o in db.PlanOutcomes on a.OutcomeId equals o.Id
                                  join p in db.ImprovementPlans on o.PlanId equals p.Id where a.Id == activityId select p).FirstOrDefaultAsync(c.CancellationToken)
                    ?? throw PartnershipError.NotFound("improvement activity", activityId);
                await db.CurrentPartnerAsync(owner, "ownerPartnerId", c.CancellationToken);
                if (input.DueDate < plan.StartsOn || input.DueDate > plan.EndsOn)
                    throw PartnershipError.Invalid("dueDate", $"The due date must be within the plan ({plan.StartsOn:d MMM yyyy} to {plan.EndsOn:d MMM yyyy}).");
                var milestone = new PlanMilestone { Id = Guid.NewGuid(), ActivityId = activityId, Text = input.Text!.Trim(), DueDate = input.DueDate, OwnerPartnerId = owner, Benefits = input.Benefits?.Trim() };
                db.PlanMilestones.Add(milestone);
                await db.SaveChangesAsync(c.CancellationToken);
                return milestone;
            });

        slice.Mutation.Field<NonNullGraphType<PlanMilestoneGraphType>>("completeImprovementMilestone")
            .Argument<NonNullGraphType<IdGraphType>>("milestoneId")
            .Argument<DateOnlyGraphType>("completedOn")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var on = c.GetArgument<DateOnly?>("completedOn") ?? today;
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("milestoneId"), "milestoneId", "The milestone");
                check.ThrowIfInvalid();
                var m = await db.PlanMilestones.FirstOrDefaultAsync(x => x.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("milestone", id);
                m.Complete(on, today);
                var planId = await (from a in db.PlanActivities join o in db.PlanOutcomes on a.OutcomeId equals o.Id where a.Id == m.ActivityId select o.PlanId).FirstAsync(c.CancellationToken);
                db.Publish(new ImprovementMilestoneCompleted(m.Id, planId, m.OwnerPartnerId, m.DueDate, on));
                await db.SaveChangesAsync(c.CancellationToken);
                return m;
            });
    }

    /// <summary>Every plan (or the one asked for) with its milestones counted: all, completed, and overdue today.</summary>
    private static async Task<List<PlanProgress>> ProgressAsync(GovernanceDbContext db, Guid? planId, DateOnly today, CancellationToken ct)
    {
        var plans = db.ImprovementPlans.AsNoTracking();
        if (planId is { } id) plans = plans.Where(p => p.Id == id);
        var found = await plans.OrderBy(p => p.StartsOn).ThenBy(p => p.Title).ToListAsync(ct);
        var ids = found.Select(p => p.Id).ToList();
        var milestones = await (from m in db.PlanMilestones.AsNoTracking()
                                join a in db.PlanActivities on m.ActivityId equals a.Id
                                join o in db.PlanOutcomes on a.OutcomeId equals o.Id
                                where ids.Contains(o.PlanId)
                                select new { o.PlanId, m.DueDate, m.CompletedOn }).ToListAsync(ct);
        return found.Select(p =>
        {
            var mine = milestones.Where(m => m.PlanId == p.Id).ToList();
            return new PlanProgress(p, mine.Count, mine.Count(m => m.CompletedOn != null), mine.Count(m => m.CompletedOn == null && m.DueDate < today));
        }).ToList();
    }
}
