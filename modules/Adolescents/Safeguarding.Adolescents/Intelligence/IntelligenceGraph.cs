using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Intelligence intake (missing and custody episodes, exploitation concerns, adults of concern, locations) and return home interviews.</summary>
internal static class IntelligenceGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Subject.Field<NonNullGraphType<YoungPersonRecordGraphType>>("adolescents")
            .Description("The young person's missing and custody episodes, return home interviews, exploitation concerns and safety plan. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(YoungPersonAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdultOfConcernGraphType>>>>("adultsOfConcern").WithComplexityImpact(1, 20)
            .Description("Adults of concern, by reference. Their details are read one at a time, audited. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(AdultsOfConcernAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LocationGraphType>>>>("adolescentLocations").WithComplexityImpact(1, 20)
            .Description("Locations linked to young people at risk. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(LocationsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingEpisodeGraphType>>>>("overdueReturnHomeInterviews").WithComplexityImpact(1, 20)
            .Description("Returns from missing episodes with no return home interview offered within 72 hours, oldest first. Adolescents working group.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(OverdueInterviewsAsync);

        slice.Query.Field<NonNullGraphType<InterviewFiguresGraphType>>("returnHomeInterviewFigures")
            .Description("Returns in a period (UK dates, inclusive) and how many were offered an interview within 72 hours. Counts only: Adolescents working group, scrutineer, administrators.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator)
            .ResolveAsync(InterviewFiguresAsync);

        slice.Mutation.Field<NonNullGraphType<AdultOfConcernGraphType>>("recordAdultOfConcern")
            .Description("Records an adult of concern, held only in this module and given a reference. Adolescents working group.")
            .Argument<NonNullGraphType<RecordAdultOfConcernInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordAdultOfConcernAsync);

        slice.Mutation.Field<NonNullGraphType<LocationGraphType>>("recordAdolescentLocation")
            .Description("Records a location linked to young people at risk. Adolescents working group.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<StringGraphType>("kind", "e.g. address, park, transport hub.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordLocationAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordMissingEpisode")
            .Description("Records that a young person went missing (and, if known, returned), from a reporting agency, linked to adults and locations. Adolescents working group.")
            .Argument<NonNullGraphType<RecordMissingEpisodeInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordMissingEpisodeAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("recordYoungPersonReturn")
            .Description("Records that a missing young person returned; a return home interview is then due within 72 hours. Adolescents working group.")
            .Argument<NonNullGraphType<RecordReturnInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordReturnAsync);

        slice.Mutation.Field<NonNullGraphType<MissingEpisodeGraphType>>("offerReturnHomeInterview")
            .Description("Records that a return home interview was offered; on time when within 72 hours of the return. Adolescents working group.")
            .Argument<NonNullGraphType<OfferInterviewInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(OfferInterviewAsync);

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyEpisode")
            .Description("Records that a young person was detained in custody, linked to adults and locations. Adolescents working group.")
            .Argument<NonNullGraphType<RecordCustodyEpisodeInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordCustodyEpisodeAsync);

        slice.Mutation.Field<NonNullGraphType<CustodyEpisodeGraphType>>("recordCustodyRelease")
            .Description("Records that a young person was released from custody. Adolescents working group.")
            .Argument<NonNullGraphType<IdGraphType>>("episodeId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("releasedAt")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordReleaseAsync);

        slice.Mutation.Field<NonNullGraphType<ExploitationConcernGraphType>>("recordExploitationConcern")
            .Description("Records an exploitation concern (criminal, including county lines, or sexual) with its indicators. Adolescents working group.")
            .Argument<NonNullGraphType<RecordExploitationConcernInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(RecordExploitationConcernAsync);
    }

    private static async Task<object?> YoungPersonAsync(IResolveFieldContext<SubjectId> c) =>
        await YoungPersonRecord.LoadAsync(c.Service<AdolescentsDbContext>(), c.Source.Value, c.CancellationToken);

    private static async Task<object?> AdultsOfConcernAsync(IResolveFieldContext c) =>
        await c.Service<AdolescentsDbContext>().AdultsOfConcern.AsNoTracking().OrderBy(a => a.Reference).ToListAsync(c.CancellationToken);

    private static async Task<object?> LocationsAsync(IResolveFieldContext c) =>
        await c.Service<AdolescentsDbContext>().Locations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(c.CancellationToken);

    private static async Task<object?> OverdueInterviewsAsync(IResolveFieldContext c) =>
        await InterviewFigures.OverdueAsync(c.Service<AdolescentsDbContext>(), c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken);

    private static async Task<object?> InterviewFiguresAsync(IResolveFieldContext c) =>
        await InterviewFigures.CountAsync(c.Service<AdolescentsDbContext>(), c.Period(InterviewFigures.MaxDays, InterviewFigures.Longest),
            c.Service<TimeProvider>().GetUtcNow(), c.CancellationToken);

    private static async Task<object?> RecordAdultOfConcernAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordAdultOfConcernAsync(c.GetArgument<RecordAdultOfConcernInput>("input"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> RecordLocationAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordLocationAsync(c.GetArgument<string>("name"), c.GetArgument<string?>("kind"), c.CancellationToken);

    private static async Task<object?> RecordMissingEpisodeAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordMissingEpisodeAsync(c.GetArgument<RecordMissingEpisodeInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    private static async Task<object?> RecordReturnAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().RecordReturnAsync(c.GetArgument<RecordReturnInput>("input"), c.CancellationToken);

    private static async Task<object?> OfferInterviewAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().OfferInterviewAsync(c.GetArgument<OfferInterviewInput>("input"), c.User!.Agency(), c.CancellationToken);

    private static async Task<object?> RecordCustodyEpisodeAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordCustodyEpisodeAsync(c.GetArgument<RecordCustodyEpisodeInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);

    private static async Task<object?> RecordReleaseAsync(IResolveFieldContext c) =>
        await c.Service<ReturnsAndReleases>().RecordReleaseAsync(c.GetArgument<string>("episodeId"), c.GetArgument<DateTimeOffset>("releasedAt"), c.CancellationToken);

    private static async Task<object?> RecordExploitationConcernAsync(IResolveFieldContext c) =>
        await c.Service<IntelligenceIntake>().RecordExploitationConcernAsync(c.GetArgument<RecordExploitationConcernInput>("input"), c.User!.Actor(), c.User!.Agency(), c.CancellationToken);
}
