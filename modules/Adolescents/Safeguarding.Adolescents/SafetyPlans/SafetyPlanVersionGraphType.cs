namespace Safeguarding.Adolescents.SafetyPlans;

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
