using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Adolescents.SafetyPlans;

public sealed class SafetyPlanRiskInput
{
    public string? Description { get; set; }
    public RiskLevel Level { get; set; }
}

public sealed class SafetyPlanActionInput
{
    public string? Action { get; set; }
    public string? OwnerAgency { get; set; }
    public DateOnly DueOn { get; set; }
}

public sealed class SaveSafetyPlanInput
{
    public string? SubjectId { get; set; }
    public DateOnly ReviewOn { get; set; }
    public List<SafetyPlanRiskInput>? Risks { get; set; }
    public List<SafetyPlanActionInput>? Actions { get; set; }
}

public sealed class SafetyPlanRiskInputType : InputObjectGraphType<SafetyPlanRiskInput>
{
    public SafetyPlanRiskInputType()
    {
        Name = "AdolescentSafetyPlanRiskInput";
        Field(x => x.Description);
        Field<NonNullGraphType<SafetyPlanRiskLevelGraphType>>("level");
    }
}

public sealed class SafetyPlanActionInputType : InputObjectGraphType<SafetyPlanActionInput>
{
    public SafetyPlanActionInputType()
    {
        Name = "AdolescentSafetyPlanActionInput";
        Field(x => x.Action);
        Field(x => x.OwnerAgency).Description("One of the partnership's agencies.");
        Field(x => x.DueOn);
    }
}

public sealed class SaveSafetyPlanInputType : InputObjectGraphType<SaveSafetyPlanInput>
{
    public SaveSafetyPlanInputType()
    {
        Name = "SaveAdolescentSafetyPlanInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId");
        Field(x => x.ReviewOn).Description("The next review (today to a year ahead).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskInputType>>>>("risks");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionInputType>>>>("actions");
    }
}

public sealed class SafetyPlanGraphType : ObjectGraphType<SafetyPlan>
{
    public SafetyPlanGraphType()
    {
        Name = "AdolescentSafetyPlan";
        Description = "The young person's Adolescent Safety Framework plan.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.ReviewOn);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Resolve(c => UkTime.ToUk(c.Source.UpdatedAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskGraphType>>>>("risks").WithComplexityImpact(1, 5).Resolve(c => c.Source.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionGraphType>>>>("actions").WithComplexityImpact(1, 5).Resolve(c => c.Source.Actions);
    }
}

public sealed class SafetyPlanRiskGraphType : ObjectGraphType<SafetyPlanRisk>
{
    public SafetyPlanRiskGraphType()
    {
        Name = "AdolescentSafetyPlanRisk";
        Field(x => x.Description);
        Field<NonNullGraphType<SafetyPlanRiskLevelGraphType>>("level").Resolve(c => c.Source.Level);
    }
}

public sealed class SafetyPlanActionGraphType : ObjectGraphType<SafetyPlanAction>
{
    public SafetyPlanActionGraphType()
    {
        Name = "AdolescentSafetyPlanAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Action);
        Field(x => x.OwnerAgency);
        Field(x => x.DueOn);
        Field(x => x.DoneOn, nullable: true);
    }
}

internal static class SafetyPlanGraph
{
    public static async Task<SafetyPlan?> PlanOfAsync(AdolescentsDbContext db, Guid subjectId, CancellationToken ct)
    {
        var plan = await db.SafetyPlans.AsNoTracking().Include(p => p.Risks).Include(p => p.Actions).AsSplitQuery().FirstOrDefaultAsync(p => p.SubjectId == subjectId, ct);
        if (plan is null) return null;
        plan.Risks = plan.Risks.OrderByDescending(r => r.Level).ThenBy(r => r.Description).ToList();
        plan.Actions = plan.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Action).ToList();
        return plan;
    }

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<SafetyPlanGraphType>>("saveAdolescentSafetyPlan")
            .Description("Starts a young person's Adolescent Safety Framework plan, or reviews it: the risks and actions given replace the plan's, with the next review date. Adolescents working group.")
            .Argument<NonNullGraphType<SaveSafetyPlanInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SaveSafetyPlanInput>("input");
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var db = c.Service<AdolescentsDbContext>();
                var risks = input.Risks ?? [];
                var actions = input.Actions ?? [];
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The young person's subject id");
                check.Require(input.ReviewOn >= today, "reviewOn", $"The review date cannot be in the past (today is {today:d MMMM yyyy}).")
                    .Require(input.ReviewOn <= today.AddYears(1), "reviewOn", "The review date must be within a year.")
                    .Require(risks.Count is >= 1 and <= 20, "risks", "Record between 1 and 20 risks.")
                    .Require(actions.Count is >= 1 and <= 30, "actions", "Record between 1 and 30 actions.");
                for (var i = 0; i < risks.Count; i++) check.RequireText(risks[i].Description, $"risks[{i}].description", "The risk", 1000);
                var (_, unknown) = await PartnerNames.ResolveAsync(db, actions.Select(a => a.OwnerAgency ?? "").Where(a => a.Length > 0), c.CancellationToken);
                for (var i = 0; i < actions.Count; i++)
                {
                    var a = actions[i];
                    check.RequireText(a.Action, $"actions[{i}].action", "The action", 1000)
                        .RequireText(a.OwnerAgency, $"actions[{i}].ownerAgency", "The owning agency", 200)
                        .Require(a.OwnerAgency is null || !unknown.Contains(a.OwnerAgency.Trim(), StringComparer.OrdinalIgnoreCase), $"actions[{i}].ownerAgency", $"\"{a.OwnerAgency}\" is not one of the partnership's agencies.")
                        .Require(a.DueOn >= today, $"actions[{i}].dueOn", $"An action's due date cannot be in the past (today is {today:d MMMM yyyy}).")
                        .Require(a.DueOn <= today.AddYears(1), $"actions[{i}].dueOn", "An action's due date must be within a year.");
                }
                check.ThrowIfInvalid();
                await Intake.RequireSubjectAsync(c, subjectId);
                var owners = (await PartnerNames.ResolveAsync(db, actions.Select(a => a.OwnerAgency!), c.CancellationToken)).Known
                    .ToDictionary(n => n, StringComparer.OrdinalIgnoreCase);

                var plan = await db.SafetyPlans.Include(p => p.Risks).Include(p => p.Actions).AsSplitQuery().FirstOrDefaultAsync(p => p.SubjectId == subjectId, c.CancellationToken);
                var now = clock.GetUtcNow();
                if (plan is null) db.SafetyPlans.Add(plan = new SafetyPlan { Id = Guid.NewGuid(), SubjectId = subjectId, StartedAt = now });
                db.SafetyPlanRisks.RemoveRange(plan.Risks);
                db.SafetyPlanActions.RemoveRange(plan.Actions);
                plan.ReviewOn = input.ReviewOn;
                plan.UpdatedAt = now;
                plan.UpdatedBy = c.User!.Actor();
                plan.Risks = risks.Select(r => new SafetyPlanRisk { Id = Guid.NewGuid(), PlanId = plan.Id, Description = r.Description!.Trim(), Level = r.Level }).ToList();
                plan.Actions = actions.Select(a => new SafetyPlanAction
                {
                    Id = Guid.NewGuid(), PlanId = plan.Id, Action = a.Action!.Trim(), OwnerAgency = owners[a.OwnerAgency!.Trim()], DueOn = a.DueOn,
                }).ToList();
                db.SafetyPlanRisks.AddRange(plan.Risks);
                db.SafetyPlanActions.AddRange(plan.Actions);
                await db.SaveChangesAsync(c.CancellationToken);
                await c.Service<ISubjectRegistry>().EnrolAsync(new SubjectId(subjectId), AdolescentsModule.ModuleName, c.CancellationToken);
                return await PlanOfAsync(db, subjectId, c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<SafetyPlanActionGraphType>>("completeSafetyPlanAction")
            .Description("Records that an action of an Adolescent Safety Framework plan was done today. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("actionId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var id = InputCheck.Id(c.GetArgument<string>("actionId"), "actionId", "The action");
                var db = c.Service<AdolescentsDbContext>();
                var action = await db.SafetyPlanActions.FirstOrDefaultAsync(a => a.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("safety plan action", id);
                if (action.DoneOn is { } done) throw PartnershipError.Conflict($"This action was already done, on {done:d MMMM yyyy}.");
                action.DoneOn = c.Service<TimeProvider>().Today();
                await db.SaveChangesAsync(c.CancellationToken);
                return action;
            });
    }
}

/// <summary>How serious a risk in a young person's safety plan is (named apart from Domestic Abuse's DASH risk level).</summary>
public sealed class SafetyPlanRiskLevelGraphType : EnumerationGraphType<RiskLevel>
{
    public SafetyPlanRiskLevelGraphType() => Name = "SafetyPlanRiskLevel";
}
