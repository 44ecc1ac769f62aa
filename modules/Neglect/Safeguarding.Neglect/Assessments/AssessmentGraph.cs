using Safeguarding.Neglect.Persistence;

namespace Safeguarding.Neglect.Assessments;

/// <summary>The Graded Care Profile 2: its structure, a child's assessments and their change over time, and the family plan.</summary>
internal static class AssessmentGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2TemplateGraphType>>>>("gcp2Templates").WithComplexityImpact(1, 2)
            .Allow(Access.AnySignedIn).HandledBy(TemplatesAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<NeglectAssessmentGraphType>>>("neglectAssessments")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(AssessmentsOfChildAsync);

        slice.Query.Field<NonNullGraphType<NeglectAssessmentGraphType>>("neglectAssessment").Argument<NonNullGraphType<IdGraphType>>("id", "The assessment, by its id.")
            .Allow(Access.WorkingGroupMember).HandledBy(AssessmentAsync);

        slice.Query.Field<NonNullGraphType<NeglectChangeOverTimeGraphType>>("neglectChangeOverTime")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.WorkingGroupMember).HandledBy(ChangeOverTimeAsync);

        slice.Subject.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentGraphType>>>>("neglect").WithComplexityImpact(1, 5)
            .Allow(Access.WorkingGroupMember).HandledBy(SubjectAssessmentsAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("startNeglectAssessment").Input<StartNeglectAssessmentInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(StartAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("recordNeglectAssessment").Input<RecordNeglectAssessmentInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordGradesAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("completeNeglectAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId", "The draft assessment to complete, by its id.")
            .Allow(Access.WorkingGroupMember).HandledBy(CompleteAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("shareNeglectAssessmentWithFamily")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId", "The completed assessment shared, by its id.").Argument<DateOnlyGraphType>("sharedOn", "Default today.")
            .Allow(Access.WorkingGroupMember).HandledBy(ShareWithFamilyAsync);

        slice.Mutation.Field<NonNullGraphType<NeglectAssessmentGraphType>>("correctNeglectAssessment")
            .Argument<NonNullGraphType<IdGraphType>>("assessmentId", "The completed assessment to correct, by its id.").Argument<NonNullGraphType<StringGraphType>>("reason", "Why the assessment needs correcting; kept with the new version.")
            .Allow(Access.WorkingGroupMember).HandledBy(CorrectAsync);

        slice.Mutation.Field<NonNullGraphType<FamilyPlanActionGraphType>>("addFamilyPlanAction").Input<AddFamilyPlanActionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddFamilyPlanActionAsync);
    }

    /// <summary>
    /// The Graded Care Profile 2 structure, every version: areas and sub-areas with codes and neutral labels.
    /// </summary>
    private static async Task<object?> TemplatesAsync(IResolveFieldContext c) =>
        await c.Service<NeglectDbContext>().AllTemplatesAsync(c.CancellationToken);

    /// <summary>
    /// A child's assessments, every version, most recently observed first (of one day, the later version first), a page
    /// at a time. Neglect working group.
    /// </summary>
    private static async Task<object?> AssessmentsOfChildAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentHistory>().PageOfChildAsync(SubjectIdArgument(c), c.PageAsked(), c.CancellationToken);

    /// <summary>One assessment. Neglect working group.</summary>
    private static async Task<object?> AssessmentAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentHistory>().OneAsync(InputCheck.Id(c.GetArgument<string>("id"), "id", "The assessment"), c.CancellationToken);

    /// <summary>
    /// A child's completed assessments in order, the direction of each area between consecutive ones, and the family
    /// plan. Neglect working group.
    /// </summary>
    private static async Task<object?> ChangeOverTimeAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentHistory>().ChangeOverTimeAsync(SubjectIdArgument(c), c.CancellationToken);

    /// <summary>
    /// The child's Graded Care Profile 2 assessments, most recently observed first. Neglect working group.
    /// </summary>
    private static async Task<object?> SubjectAssessmentsAsync(IResolveFieldContext<SubjectId> c) =>
        await c.Service<AssessmentHistory>().OfChildAsync(c.Source.Value, c.CancellationToken);

    /// <summary>
    /// Starts a draft assessment of a registered child's care, by you, for your agency. Neglect working group.
    /// </summary>
    private static async Task<object?> StartAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentRecords>().StartAsync(c.GetArgument<StartNeglectAssessmentInput>("input"), c.User!.Agency(), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Records grades on a draft assessment (any number of sub-areas at once). A completed assessment cannot change.
    /// Neglect working group.
    /// </summary>
    private static async Task<object?> RecordGradesAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentRecords>().RecordGradesAsync(c.GetArgument<RecordNeglectAssessmentInput>("input"), c.CancellationToken);

    /// <summary>
    /// Completes a draft assessment once every sub-area is graded. It cannot change afterwards. Neglect working group.
    /// </summary>
    private static async Task<object?> CompleteAsync(IResolveFieldContext c) =>
        await c.Service<AssessmentRecords>().CompleteAsync(InputCheck.Id(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment"), c.CancellationToken);

    /// <summary>Records that a completed assessment was shared with the family. Neglect working group.</summary>
    private static async Task<object?> ShareWithFamilyAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var id = check.ParseId(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment");
        return await c.Service<AssessmentRecords>().ShareWithFamilyAsync(id, c.GetArgument<DateOnly?>("sharedOn"), check, c.CancellationToken);
    }

    /// <summary>
    /// Starts a correction of a completed assessment: a new draft version, with the same grades, that refers to it.
    /// Complete the draft to replace the original in the child's change over time. Neglect working group.
    /// </summary>
    private static async Task<object?> CorrectAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var id = check.ParseId(c.GetArgument<string>("assessmentId"), "assessmentId", "The assessment");
        return await c.Service<AssessmentRecords>().CorrectAsync(id, c.GetArgument<string>("reason"), c.User!.Agency(), c.User!.Actor(), check, c.CancellationToken);
    }

    /// <summary>
    /// Adds an action to the family plan for an area graded 4 or 5 in a completed assessment, with its owner and review
    /// date. Neglect working group.
    /// </summary>
    private static async Task<object?> AddFamilyPlanActionAsync(IResolveFieldContext c) =>
        await c.Service<FamilyPlans>().AddActionAsync(c.GetArgument<AddFamilyPlanActionInput>("input"), c.CancellationToken);

    private static Guid SubjectIdArgument(IResolveFieldContext c) =>
        InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child's subject id");

}
