using Safeguarding.Governance.Listing;

namespace Safeguarding.Governance.Workforce;

/// <summary>
/// Workforce development in the API: each field reads its arguments and calls <see cref="TrainingSessions"/>,
/// <see cref="TrainingEvaluations"/> or <see cref="TrainingReflections"/>.
/// </summary>
internal static class WorkforceGraph
{

    /// <summary>Agencies attending one session, for the complexity analysis: a multi-agency course draws about ten.</summary>
    public const int AgenciesPerSession = 10;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionGraphType>>>>("trainingSessions")
            .Description("Training sessions newest first, with attendance by agency and how many reflections were received: of one course (its title) or all, " +
                         $"held from and to a day (both included). The most recent {TrainingReflections.Listed.WhenNotGiven} unless last says otherwise (at most {TrainingReflections.Listed.Most}).")
            .Argument<StringGraphType>("course", "The course's title.").WithWindow("Held", TrainingReflections.Listed)
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListSessionsAsync);

        // What practitioners wrote is free text about their practice: the Governance working group reads it; the scrutineer
        // and administrators see how many were received (TrainingSession.reflectionsReceived).
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingReflectionGraphType>>>>("trainingReflections")
            .Description("What attendees wrote three months after their session, newest first: of one session or all, written from and to a day (both included). " +
                         $"The most recent {TrainingReflections.Listed.WhenNotGiven} unless last says otherwise (at most {TrainingReflections.Listed.Most}). Governance working group.")
            .Argument<IdGraphType>("sessionId").WithWindow("Written", TrainingReflections.Listed)
            .Allow(Access.WorkingGroupMember).HandledBy(ListReflectionsAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingReflectionGraphType>>("recordTrainingReflection").Input<RecordTrainingReflectionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordReflectionAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseEvaluationGraphType>>>>("trainingCourseEvaluations")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(CourseEvaluationsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionGraphType>>>>("trainingReflectionsDue")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ReflectionsDueAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("addTrainingSession").Input<AddSessionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddSessionAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("markTrainingReflectionsRequested")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId").Argument<DateOnlyGraphType>("on")
            .Allow(Access.WorkingGroupMember).HandledBy(MarkReflectionsRequestedAsync);

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordTrainingEvaluation").Input<RecordEvaluationInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordEvaluationAsync);
    }

    private static async Task<object?> ListSessionsAsync(IResolveFieldContext c) =>
        await c.Service<TrainingReflections>().SessionsAsync(c.GetArgument<string?>("course"),
            c.Window(TrainingReflections.Listed, "sessions (narrow the dates to see further back)"), c.CancellationToken);

    private static async Task<object?> ListReflectionsAsync(IResolveFieldContext c) =>
        await c.Service<TrainingReflections>().ListAsync(c.OptionalId("sessionId", "The session"),
            c.Window(TrainingReflections.Listed, "reflections (narrow the dates to see further back)"), c.CancellationToken);

    /// <summary>
    /// Records what someone who attended a session wrote when asked to reflect on it: their agency, post and text.
    /// Governance working group.
    /// </summary>
    private static async Task<object?> RecordReflectionAsync(IResolveFieldContext c) =>
        await c.Service<TrainingReflections>().RecordAsync(c.GetArgument<RecordTrainingReflectionInput>("input"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Per course: attendees, evaluation forms and the average score per question (1-5).</summary>
    private static async Task<object?> CourseEvaluationsAsync(IResolveFieldContext c) =>
        await c.Service<TrainingEvaluations>().PerCourseAsync(c.CancellationToken);

    /// <summary>
    /// Sessions held three months or more before asOf whose reflections have not yet been asked for. asOf defaults to
    /// today (UK).
    /// </summary>
    private static async Task<object?> ReflectionsDueAsync(IResolveFieldContext c) =>
        await c.Service<TrainingSessions>().ReflectionsDueAsync(c.GetArgument<DateOnly?>("asOf"), c.CancellationToken);

    /// <summary>Records a session of a course with its attendance by agency.</summary>
    private static async Task<object?> AddSessionAsync(IResolveFieldContext c) =>
        await c.Service<TrainingSessions>().RecordAsync(c.GetArgument<AddSessionInput>("input"), c.CancellationToken);

    /// <summary>Records that reflections were asked for from a session's attendees.</summary>
    private static async Task<object?> MarkReflectionsRequestedAsync(IResolveFieldContext c) =>
        await c.Service<TrainingSessions>().RequestReflectionsAsync(c.GetArgument<string>("sessionId"), c.GetArgument<DateOnly?>("on"), c.CancellationToken);

    /// <summary>
    /// Records one evaluation form for a session: a score from 1 to 5 per question. Answers the number of answers
    /// stored.
    /// </summary>
    private static async Task<object?> RecordEvaluationAsync(IResolveFieldContext c) =>
        await c.Service<TrainingEvaluations>().RecordAsync(c.GetArgument<RecordEvaluationInput>("input"), c.CancellationToken);
}
