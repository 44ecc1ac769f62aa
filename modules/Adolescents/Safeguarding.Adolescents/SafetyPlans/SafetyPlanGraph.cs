using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
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
        Description = "The young person's Adolescent Safety Framework plan as it stands (its current version), with every earlier version.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startedAt").Description("When version 1 was saved, UK time.").Resolve(c => UkTime.ToUk(c.Source.StartedAt));
        Field<NonNullGraphType<IntGraphType>>("version").Description("The number of the current version: 1 as started, one more for each review.")
            .Resolve(c => c.Source.CurrentVersion);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewOn").Description("The next review.").Resolve(c => c.Source.Current.ReviewOn);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the current version was saved, UK time.").Resolve(c => UkTime.ToUk(c.Source.Current.SavedAt));
        Field<NonNullGraphType<StringGraphType>>("updatedBy").Description("Who saved the current version.").Resolve(c => c.Source.Current.SavedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskGraphType>>>>("risks").Rows(SafetyPlanGraph.RisksPerVersion).Resolve(c => c.Source.Current.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionGraphType>>>>("actions").Rows(SafetyPlanGraph.ActionsPerVersion).Resolve(c => c.Source.Current.Actions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanVersionGraphType>>>>("history").Rows(SafetyPlanGraph.VersionsPerPlan)
            .Description("Every version, newest first (the current one included): who saved it and when, what it changed, its risks and actions. Nothing is ever removed.")
            .Resolve(c => c.Source.History());
    }
}

public sealed class SafetyPlanVersionGraphType : ObjectGraphType<SafetyPlanRevision>
{
    public SafetyPlanVersionGraphType()
    {
        Name = "AdolescentSafetyPlanVersion";
        Description = "One version of a young person's plan, as saved when the plan was started or reviewed.";
        Field<NonNullGraphType<IntGraphType>>("number").Description("1 as started, one more for each review.").Resolve(c => c.Source.Version.Number);
        Field<NonNullGraphType<BooleanGraphType>>("isCurrent").Resolve(c => c.Source.IsCurrent);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("savedAt").Description("UK time.").Resolve(c => UkTime.ToUk(c.Source.Version.SavedAt));
        Field<NonNullGraphType<StringGraphType>>("savedBy").Resolve(c => c.Source.Version.SavedBy);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewOn").Description("The next review this version set.").Resolve(c => c.Source.Version.ReviewOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changes").Rows(SafetyPlanGraph.ChangesPerVersion)
            .Description("What this version changed from the one before, in words (version 1: how the plan started).")
            .Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskGraphType>>>>("risks").Rows(SafetyPlanGraph.RisksPerVersion).Resolve(c => c.Source.Version.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionGraphType>>>>("actions").Rows(SafetyPlanGraph.ActionsPerVersion).Resolve(c => c.Source.Version.Actions);
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
    // How many rows each list holds for a realistic plan, for the complexity analysis (see docs/modules/adolescents.md).
    public const int RisksPerVersion = 5;
    public const int ActionsPerVersion = 5;
    /// <summary>A plan reviewed every four to six weeks for a year.</summary>
    public const int VersionsPerPlan = 10;
    public const int ChangesPerVersion = 5;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<SafetyPlanGraphType>>("saveAdolescentSafetyPlan")
            .Description("Starts a young person's Adolescent Safety Framework plan (version 1) or reviews it: the risks, actions and next review date given " +
                         "become the plan's next version. Earlier versions are kept and read back as the plan's history. Adolescents working group.")
            .Argument<NonNullGraphType<SaveSafetyPlanInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SaveSafetyPlanInput>("input");
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The young person's subject id");
                var risks = (input.Risks ?? []).Select(r => new ProposedRisk(r.Description, r.Level)).ToList();
                var actions = (input.Actions ?? []).Select(a => new ProposedAction(a.Action, a.OwnerAgency, a.DueOn)).ToList();
                return await c.Service<SafetyPlanReviews>().SaveAsync(subjectId, input.ReviewOn, risks, actions, c.User!.Actor(), check, c.CancellationToken);
            });

        slice.Mutation.Field<NonNullGraphType<SafetyPlanActionGraphType>>("completeSafetyPlanAction")
            .Description("Records that an action of a young person's current Adolescent Safety Framework plan was done today. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("actionId")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => await c.Service<SafetyPlanReviews>()
                .CompleteActionAsync(InputCheck.Id(c.GetArgument<string>("actionId"), "actionId", "The action"), c.CancellationToken));
    }
}

/// <summary>How serious a risk in a young person's safety plan is (named apart from Domestic Abuse's DASH risk level).</summary>
public sealed class SafetyPlanRiskLevelGraphType : EnumerationGraphType<RiskLevel>
{
    public SafetyPlanRiskLevelGraphType() => Name = "SafetyPlanRiskLevel";
}
