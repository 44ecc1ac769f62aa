namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>A version read beside the one before it: the version's own terms are shown as fields of the revision.</summary>
public sealed class SafetyPlanVersionGraphType : RecordGraphType<SafetyPlanRevision>
{
    public SafetyPlanVersionGraphType() : base("AdolescentSafetyPlanVersion",
        "One version of a young person's plan, as saved when the plan was started or reviewed.", x => x.Version, x => x.Previous)
    {
        Rows(x => x.Changes, SafetyPlanGraph.ChangesPerVersion).Description = "What this version changed from the one before, in words (version 1: how the plan started).";
        Field<NonNullGraphType<IntGraphType>>("number").Description("1 as started, one more for each review.").Resolve(c => c.Source.Version.Number);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("savedAt").Description("UK time.").Resolve(c => UkTime.ToUk(c.Source.Version.SavedAt));
        Field<NonNullGraphType<StringGraphType>>("savedBy").Description("Who saved this version.").Resolve(c => c.Source.Version.SavedBy);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewOn").Description("The next review this version set.").Resolve(c => c.Source.Version.ReviewOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskGraphType>>>>("risks").Description("The risks in this version.").Rows(SafetyPlanGraph.RisksPerVersion).Resolve(c => c.Source.Version.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionGraphType>>>>("actions").Description("The actions in this version.").Rows(SafetyPlanGraph.ActionsPerVersion).Resolve(c => c.Source.Version.Actions);
    }
}
