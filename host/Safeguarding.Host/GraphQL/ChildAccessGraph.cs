namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Practitioners' legitimate relationships with children: allocations and grants by a working group's manager
/// (<c>allocatePractitioner</c>, <c>grantChildAccess</c>), ending one (<c>endChildAccess</c>), who has access to a child
/// (<c>childAccess</c>), sealed access in an emergency (<c>openSealedAccess</c>) and the data protection officer's review of
/// it (<c>sealedAccesses</c>, <c>reviewSealedAccess</c>). Each resolver parses, calls and maps.
/// </summary>
internal static class ChildAccessGraph
{
    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChildAccessGraphType>>>>("childAccess").WithComplexityImpact(1, 20)
            .Description("Who has, and who had, access to a child's identity and detail, newest first. The data protection officer, managers of working " +
                         "groups holding the child, and practitioners with a relationship with the child.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.AnyPractitioner | Access.DataProtectionOfficer)
            .ResolveAsync(ChildAccessAsync);

        query.Field<NonNullGraphType<ConnectionGraphType<ChildAccessGraphType>>>("sealedAccesses")
            .Description("Sealed (emergency) accesses to children's records, newest first, a page at a time, with the reasons given: the data protection " +
                         "officer's queue to review. Data protection officer only.")
            .Argument<BooleanGraphType>("reviewed", "True: those reviewed; false: those waiting for review; omitted: all.")
            .Paged()
            .Allow(Access.DataProtectionOfficer)
            .ResolveAsync(SealedAccessesAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("allocatePractitioner")
            .Description("Allocates a practitioner of your working group to a child the group holds a record on, from now until the allocation is ended: " +
                         "they may then see who the child is and the child's detail. Managers of the working group; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("practitioner", "The practitioner's user name.")
            .Argument<NonNullGraphType<StringGraphType>>("module", "The working group (module) you manage, which holds a record on the child.")
            .Argument<StringGraphType>("note", "Why the practitioner is allocated, kept with the allocation; optional.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(AllocateAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("grantChildAccess")
            .Description("Grants a practitioner access to a child the group holds a record on, for a reason, until the end of a day (at most a year). " +
                         "Managers of the working group; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("practitioner", "The practitioner's user name.")
            .Argument<NonNullGraphType<StringGraphType>>("module", "The working group (module) you manage, which holds a record on the child.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the practitioner needs access to the child; kept with the access and audited.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("until", "The last day of access (UK).")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(GrantAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("endChildAccess")
            .Description("Ends an access now, with the reason; it is kept. The practitioner it is for, or a manager of the working group that gave it; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("access", "The access to end, by its id.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why the access ends; kept with it and audited.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(EndAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("openSealedAccess")
            .Description("In an emergency, opens a child's record held by a working group of yours when you have no relationship with the child: at once, " +
                         "for a few hours, with your reason. Every read under it is marked in the audit log and it is reported to the data protection " +
                         "officer for review. Practitioners only.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why you must see the record now, in words.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(OpenSealedAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("reviewSealedAccess")
            .Description("Records the data protection officer's finding on a sealed access, with a note; once. Data protection officer only; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("access", "The sealed access reviewed, by its id.")
            .Argument<NonNullGraphType<SealedAccessOutcomeGraphType>>("outcome", "Whether the access was justified.")
            .Argument<NonNullGraphType<StringGraphType>>("note", "The data protection officer's note of what they found.")
            .Allow(Access.DataProtectionOfficer)
            .ResolveAsync(ReviewSealedAsync);
    }

    private static async Task<object?> ChildAccessAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().OfChildAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"), c.User!, c.CancellationToken);

    private static async Task<object?> SealedAccessesAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().Sealed(c.GetArgument<bool?>("reviewed"), c.User!)
            .PageNewestFirstAsync(c.PageAsked(), a => a.From, a => a.Id, c.CancellationToken);

    private static async Task<object?> AllocateAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().AllocateAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("practitioner"), c.GetArgument<string>("module"), c.GetArgument<string?>("note"), c.User!, c.CancellationToken);

    private static async Task<object?> GrantAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().GrantAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("practitioner"), c.GetArgument<string>("module"), c.GetArgument<string>("reason"), c.GetArgument<DateOnly>("until"),
            c.User!, c.CancellationToken);

    private static async Task<object?> EndAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().EndAsync(InputCheck.Id(c.GetArgument<string>("access"), "access", "The access"), c.GetArgument<string>("reason"),
            c.User!, c.CancellationToken);

    private static async Task<object?> OpenSealedAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().OpenSealedAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    private static async Task<object?> ReviewSealedAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().ReviewSealedAsync(InputCheck.Id(c.GetArgument<string>("access"), "access", "The sealed access"),
            c.GetArgument<SealedAccessOutcome>("outcome"), c.GetArgument<string>("note"), c.User!, c.CancellationToken);
}
