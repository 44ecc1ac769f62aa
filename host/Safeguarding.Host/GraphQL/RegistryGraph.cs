namespace Safeguarding.Host.GraphQL;

/// <summary>
/// One child, one record: the review queue of possible duplicates with its decisions (merge, keep apart, separate), and
/// finding a child by NHS number, Unique Pupil Number or name with date of birth. Each resolver parses, calls and maps.
/// </summary>
internal static class RegistryGraph
{
    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation, ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<ReviewQueueChangeGraphType>>("reviewQueueChanged")
            .Description("Each question of the review queue of possible duplicates raised or decided, for the practitioners `possibleDuplicates` " +
                         "shows it to: those whose working groups hold data on either record.")
            .Allow(Access.AnyPractitioner)
            .ResolveStream(ReviewQueueChangesFor);

        query.Field<NonNullGraphType<ConnectionGraphType<PossibleDuplicateGraphType>>>("possibleDuplicates").Paged()
            .Description("Records that may be one child, oldest first, for practitioners whose working groups hold data on either record, a page at a time.")
            .Argument<DuplicateStatusGraphType>("status", "Default OPEN: those waiting for a decision.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(PossibleDuplicatesAsync);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectSearchResultGraphType>>>>("findSubjects").WithComplexityImpact(1, SubjectSearch.MaxResults)
            .Description("Finds a child by NHS number, Unique Pupil Number, or family name with date of birth (names are matched loosely: nicknames, " +
                         "spellings). Best first. Names and dates of birth only of children your working group holds data on. Every search is audited " +
                         "with its purpose. Practitioners only.")
            .Argument<StringGraphType>("nhsNumber", "The child's NHS number, ten digits.")
            .Argument<StringGraphType>("uniquePupilNumber", "The child's Unique Pupil Number, thirteen characters.")
            .Argument<StringGraphType>("givenNames", "The child's given names, matched loosely (nicknames, spellings).")
            .Argument<StringGraphType>("familyName", "The child's family name, matched loosely; with dateOfBirth.")
            .Argument<DateOnlyGraphType>("dateOfBirth", "The child's date of birth; with familyName.")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you are looking for the child; recorded in the audit log.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(FindSubjectsAsync);

        mutation.Field<NonNullGraphType<SubjectMergeGraphType>>("confirmSameChild")
            .Description("Confirms that a possible duplicate is one child: the later record becomes an alias of the earlier, and every module's records " +
                         "under either id belong to the child. Practitioners whose working groups hold data on either record; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("review", "The possible duplicate on the review queue, by its id.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the practitioner is sure the two records are one child; kept with the merge and audited.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(ConfirmSameChildAsync);

        mutation.Field<NonNullGraphType<PossibleDuplicateGraphType>>("keepChildrenApart")
            .Description("Records that a possible duplicate is two different children (twins, siblings, namesakes); they are not offered again. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("review", "The possible duplicate on the review queue, by its id.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the two records are different children (twins, siblings, namesakes); kept and audited.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(KeepChildrenApartAsync);

        mutation.Field<NonNullGraphType<SubjectMergeGraphType>>("separateChildren")
            .Description("Undoes a merge found to be wrong: each record is again a child of its own, with everything each module holds under it. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("merge", "The merge to undo, by its id.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the merge was wrong; kept and audited.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(SeparateChildrenAsync);
    }

    private static IObservable<object?> ReviewQueueChangesFor(IResolveFieldContext c)
    {
        var caller = c.User!;
        return new EntitledFacts<ReviewQueueChanged>(c.Service<ILiveUpdates>().Watch<ReviewQueueChanged>(), c.Service<IServiceScopeFactory>(),
            (services, change, ct) => services.GetRequiredService<DuplicateReviews>().MaySeeAsync(change.SubjectId, change.CandidateId, caller, ct),
            c.Service<ILoggerFactory>().CreateLogger("Safeguarding.GraphQL.Subscriptions"));
    }

    private static async Task<object?> PossibleDuplicatesAsync(IResolveFieldContext c) =>
        await c.Service<DuplicateReviews>().QueueAsync(c.User!, c.GetArgument<DuplicateStatus?>("status") ?? DuplicateStatus.Open, c.PageAsked(), c.CancellationToken);

    private static async Task<object?> FindSubjectsAsync(IResolveFieldContext c) =>
        await c.Service<SubjectSearch>().FindAsync(
            new SubjectQuery(c.GetArgument<string?>("nhsNumber"), c.GetArgument<string?>("uniquePupilNumber"), c.GetArgument<string?>("givenNames"),
                c.GetArgument<string?>("familyName"), c.GetArgument<DateOnly?>("dateOfBirth")),
            c.GetArgument<string>("purpose"), c.User!, c.CancellationToken);

    private static async Task<object?> ConfirmSameChildAsync(IResolveFieldContext c) =>
        await c.Service<DuplicateReviews>().ConfirmSameChildAsync(InputCheck.Id(c.GetArgument<string>("review"), "review", "The possible duplicate"),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    private static async Task<object?> KeepChildrenApartAsync(IResolveFieldContext c) =>
        await c.Service<DuplicateReviews>().KeepApartAsync(InputCheck.Id(c.GetArgument<string>("review"), "review", "The possible duplicate"),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    private static async Task<object?> SeparateChildrenAsync(IResolveFieldContext c) =>
        await c.Service<DuplicateReviews>().SeparateAsync(InputCheck.Id(c.GetArgument<string>("merge"), "merge", "The merge"),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);
}
