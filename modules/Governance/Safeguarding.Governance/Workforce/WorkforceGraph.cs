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
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<TrainingSessionGraphType>>>("trainingSessions")
            .Argument<StringGraphType>("course", "The course's title.").WithPeriod("Held")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ListSessionsAsync);

        // What practitioners wrote is free text about their practice: the Governance working group reads it; the scrutineer
        // and administrators see how many were received (TrainingSession.reflectionsReceived).
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<TrainingReflectionGraphType>>>("trainingReflections")
            .Argument<IdGraphType>("sessionId", "Only reflections on this session, by its id; left out, every session's.").WithPeriod("Written")
            .Allow(Access.WorkingGroupMember).HandledBy(ListReflectionsAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingReflectionGraphType>>("recordTrainingReflection").Input<RecordTrainingReflectionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordReflectionAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseEvaluationGraphType>>>>("trainingCourseEvaluations")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(CourseEvaluationsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<TrainingSessionGraphType>>>("trainingReflectionsDue")
            .Argument<DateOnlyGraphType>("asOf", "The UK day the three months are counted back from; left out, today.").Paged()
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(ReflectionsDueAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("addTrainingSession").Input<AddSessionInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(AddSessionAsync);

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("markTrainingReflectionsRequested")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId", "The training session whose attendees were asked, by its id.").Argument<DateOnlyGraphType>("on", "The UK day reflections were asked for; left out, today.")
            .Allow(Access.WorkingGroupMember).HandledBy(MarkReflectionsRequestedAsync);

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordTrainingEvaluation").Input<RecordEvaluationInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordEvaluationAsync);
    }

    /// <summary>
    /// Training sessions newest first, a page at a time, with attendance by agency and how many reflections were
    /// received: of one course (its title) or all, held from and to a day (both included).
    /// </summary>
    private static async Task<object?> ListSessionsAsync(IResolveFieldContext c) =>
        await c.Service<TrainingReflections>().SessionsAsync(c.GetArgument<string?>("course"), c.Period(), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// What attendees wrote three months after their session, newest first, a page at a time: of one session or all,
    /// written from and to a day (both included). Governance working group.
    /// </summary>
    private static async Task<object?> ListReflectionsAsync(IResolveFieldContext c) =>
        await c.Service<TrainingReflections>().ListAsync(c.OptionalId("sessionId", "The session"), c.Period(), c.PageAsked(), c.CancellationToken);

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
    /// Sessions held three months or more before asOf whose reflections have not yet been asked for, the earliest held
    /// first, a page at a time. asOf defaults to today (UK).
    /// </summary>
    private static async Task<object?> ReflectionsDueAsync(IResolveFieldContext c) =>
        await c.Service<TrainingSessions>().ReflectionsDueAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);

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
