using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Intelligence intake (missing and custody episodes, exploitation concerns, adults of concern, locations) and return home interviews.</summary>
internal static class IntelligenceGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Subject.Field<NonNullGraphType<YoungPersonRecordGraphType>>("adolescents").Allow(Access.WorkingGroupMember).HandledBy(YoungPersonAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<AdultOfConcernGraphType>>>("adultsOfConcern").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(AdultsOfConcernAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<LocationGraphType>>>("adolescentLocations").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(LocationsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<MissingEpisodeGraphType>>>("overdueReturnHomeInterviews").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(OverdueInterviewsAsync);

        slice.Query.Field<NonNullGraphType<InterviewFiguresGraphType>>("returnHomeInterviewFigures")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from", "The first UK day of the period.").Argument<NonNullGraphType<DateOnlyGraphType>>("to", "The last UK day of the period.")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator).HandledBy(InterviewFiguresAsync);

        slice.Mutation.Field<NonNullGraphType<AdultOfConcernGraphType>>("recordAdultOfConcern").Input<RecordAdultOfConcernInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordAdultOfConcernAsync);

        slice.Mutation.Field<NonNullGraphType<AdultOfConcernGraphType>>("identifyAdultOfConcern").Input<IdentifyAdultOfConcernInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(IdentifyAdultOfConcernAsync);

        slice.Mutation.Field<NonNullGraphType<LocationGraphType>>("recordAdolescentLocation")
            .Argument<NonNullGraphType<StringGraphType>>("name", "How the location is known, e.g. a street, a park or a station.").Argument<StringGraphType>("kind", "e.g. address, park, transport hub.")
            .Allow(Access.WorkingGroupMember).HandledBy(RecordLocationAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordMissingEpisode").Input<RecordMissingEpisodeInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordMissingEpisodeAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordYoungPersonReturn").Input<RecordReturnInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordReturnAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("offerReturnHomeInterview").Input<OfferInterviewInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(OfferInterviewAsync);

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyEpisode").Input<RecordCustodyEpisodeInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordCustodyEpisodeAsync);

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyRelease")
            .Argument<NonNullGraphType<IdGraphType>>("episodeId", "The custody episode, by its id.").Argument<NonNullGraphType<DateTimeOffsetGraphType>>("releasedAt", "When the young person was released, as an instant with its offset.")
            .Allow(Access.WorkingGroupMember).HandledBy(RecordReleaseAsync);

        slice.Mutation.Field<NonNullGraphType<ExploitationConcernGraphType>>("recordExploitationConcern").Input<RecordExploitationConcernInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(RecordExploitationConcernAsync);
    }

    /// <summary>
    /// The young person's missing and custody episodes, return home interviews, exploitation concerns and safety plan.
    /// Adolescents working group.
    /// </summary>
    private static async Task<object?> YoungPersonAsync(IResolveFieldContext<SubjectId> c) =>
        await YoungPersonRecord.LoadAsync(c.Service<AdolescentsDbContext>(), c.Source.Value, c.CancellationToken);

    /// <summary>
    /// Adults of concern, by reference, a page at a time. Their details are read one at a time, audited. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> AdultsOfConcernAsync(IResolveFieldContext c) =>
        await c.Service<AdolescentsDbContext>().AdultsOfConcern.AsNoTracking()
            .PageAsync(c.PageAsked(), ListOrder<AdultOfConcern>.Ascending(a => a.Reference).ThenAscending(a => a.Id), c.CancellationToken);

    /// <summary>Locations linked to young people at risk, by name, a page at a time. Adolescents working group.</summary>
    private static async Task<object?> LocationsAsync(IResolveFieldContext c) =>
        await c.Service<AdolescentsDbContext>().Locations.AsNoTracking()
            .PageAsync(c.PageAsked(), ListOrder<Location>.Ascending(l => l.Name).ThenAscending(l => l.Id), c.CancellationToken);

    /// <summary>
    /// Returns from missing episodes with no return home interview offered within 72 hours, the longest overdue first, a
    /// page at a time. Adolescents working group.
    /// </summary>
    private static async Task<object?> OverdueInterviewsAsync(IResolveFieldContext c) =>
        await InterviewFigures.OverdueAsync(c.Service<AdolescentsDbContext>(), c.Service<TimeProvider>().GetUtcNow(), c.PageAsked(), c.CancellationToken);

    /// <summary>
    /// Returns in a period (UK dates, inclusive) and how many were offered an interview within 72 hours. Counts only:
    /// Adolescents working group, scrutineer, administrators (small counts withheld for those outside the working group).
    /// </summary>
    private static async Task<object?> InterviewFiguresAsync(IResolveFieldContext c) =>
        await InterviewFigures.CountAsync(c.Service<AdolescentsDbContext>(), c.Period(InterviewFigures.MaxDays, InterviewFigures.Longest),
            c.Service<TimeProvider>().GetUtcNow(), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Records an adult of concern, given a reference. With a date of birth, who they are is held by the partnership's
    /// registry; otherwise by name in this module. Adolescents working group.
    /// </summary>
    private static async Task<object?> RecordAdultOfConcernAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordAdultOfConcernAsync(c.GetArgument<RecordAdultOfConcernInput>("input"), c.User!.Actor(), c.CancellationToken);

    /// <summary>
    /// Gives the date of birth of an adult of concern held in this module by name: who they are moves to the
    /// partnership's registry, and the module keeps only its id. Adolescents working group.
    /// </summary>
    private static async Task<object?> IdentifyAdultOfConcernAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().IdentifyAdultOfConcernAsync(c.GetArgument<IdentifyAdultOfConcernInput>("input"), c.User!.Actor(), c.CancellationToken);

    /// <summary>Records a location linked to young people at risk. Adolescents working group.</summary>
    private static async Task<object?> RecordLocationAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordLocationAsync(c.GetArgument<string>("name"), c.GetArgument<string?>("kind"), c.CancellationToken);

    /// <summary>
    /// Records that a young person went missing (and, if known, returned), from a reporting agency, linked to adults
    /// and locations. Adolescents working group.
    /// </summary>
    private static async Task<object?> RecordMissingEpisodeAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordMissingEpisodeAsync(c.GetArgument<RecordMissingEpisodeInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    /// <summary>
    /// Records that a missing young person returned; a return home interview is then due within 72 hours. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> RecordReturnAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().RecordReturnAsync(c.GetArgument<RecordReturnInput>("input"), c.CancellationToken);

    /// <summary>
    /// Records that a return home interview was offered; on time when within 72 hours of the return. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> OfferInterviewAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().OfferInterviewAsync(c.GetArgument<OfferInterviewInput>("input"), c.User!.Agency(), c.CancellationToken);

    /// <summary>
    /// Records that a young person was detained in custody, linked to adults and locations. Adolescents working group.
    /// </summary>
    private static async Task<object?> RecordCustodyEpisodeAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordCustodyEpisodeAsync(c.GetArgument<RecordCustodyEpisodeInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    /// <summary>Records that a young person was released from custody. Adolescents working group.</summary>
    private static async Task<object?> RecordReleaseAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().RecordReleaseAsync(c.GetArgument<string>("episodeId"), c.GetArgument<DateTimeOffset>("releasedAt"), c.CancellationToken);

    /// <summary>
    /// Records an exploitation concern (criminal, including county lines, or sexual) with its indicators. Adolescents
    /// working group.
    /// </summary>
    private static async Task<object?> RecordExploitationConcernAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordExploitationConcernAsync(c.GetArgument<RecordExploitationConcernInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);
}
