namespace Safeguarding.Adolescents.SafetyPlans;

/// <summary>The plan as it stands: its current version's terms are shown on the plan itself, every version in its history.</summary>
public sealed class SafetyPlanGraphType : RecordGraphType<SafetyPlan>
{
    public SafetyPlanGraphType() : base("AdolescentSafetyPlan",
        "The young person's Adolescent Safety Framework plan as it stands (its current version), with every earlier version.",
        x => x.CurrentVersion, x => x.Versions, x => x.Current)
    {
        InUkTime(x => x.StartedAt).Description = "When version 1 was saved, UK time.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("The number of the current version: 1 as started, one more for each review.")
            .Resolve(c => c.Source.CurrentVersion);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewOn").Description("The next review.").Resolve(c => c.Source.Current.ReviewOn);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("When the current version was saved, UK time.").Resolve(c => UkTime.ToUk(c.Source.Current.SavedAt));
        Field<NonNullGraphType<StringGraphType>>("updatedBy").Description("Who saved the current version.").Resolve(c => c.Source.Current.SavedBy);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanRiskGraphType>>>>("risks").Description("The current version's risks.").Rows(SafetyPlanGraph.RisksPerVersion).Resolve(c => c.Source.Current.Risks);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanActionGraphType>>>>("actions").Description("The current version's actions.").Rows(SafetyPlanGraph.ActionsPerVersion).Resolve(c => c.Source.Current.Actions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SafetyPlanVersionGraphType>>>>("history").Rows(SafetyPlanGraph.VersionsPerPlan)
            .Description("Every version, newest first (the current one included): who saved it and when, what it changed, its risks and actions. Nothing is ever removed.")
            .Resolve(c => c.Source.History());
    }
}
