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
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Allow(Access.AnyPractitioner | Access.DataProtectionOfficer)
            .HandledBy(ChildAccessAsync);

        query.Field<NonNullGraphType<ConnectionGraphType<ChildAccessGraphType>>>("sealedAccesses")
            .Argument<BooleanGraphType>("reviewed")
            .Paged()
            .Allow(Access.DataProtectionOfficer)
            .HandledBy(SealedAccessesAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("allocatePractitioner")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("practitioner")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Argument<StringGraphType>("note")
            .Allow(Access.AnyPractitioner)
            .HandledBy(AllocateAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("grantChildAccess")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("practitioner")
            .Argument<NonNullGraphType<StringGraphType>>("module")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("until")
            .Allow(Access.AnyPractitioner)
            .HandledBy(GrantAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("endChildAccess")
            .Argument<NonNullGraphType<IdGraphType>>("access")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.AnyPractitioner)
            .HandledBy(EndAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("openSealedAccess")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.AnyPractitioner)
            .HandledBy(OpenSealedAsync);

        mutation.Field<NonNullGraphType<ChildAccessGraphType>>("reviewSealedAccess")
            .Argument<NonNullGraphType<IdGraphType>>("access")
            .Argument<NonNullGraphType<SealedAccessOutcomeGraphType>>("outcome")
            .Argument<NonNullGraphType<StringGraphType>>("note")
            .Allow(Access.DataProtectionOfficer)
            .HandledBy(ReviewSealedAsync);
    }

    /// <summary>Who has, and who had, access to a child's identity and detail, newest first. The data protection
    /// officer, managers of working groups holding the child, and practitioners with a relationship with the
    /// child.</summary>
    private static async Task<object?> ChildAccessAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().OfChildAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"), c.User!, c.CancellationToken);

    /// <summary>Sealed (emergency) accesses to children's records, newest first, a page at a time, with the reasons
    /// given: the data protection officer's queue to review. Data protection officer only.</summary>
    /// <arg name="reviewed">True: those reviewed; false: those waiting for review; omitted: all.</arg>
    private static async Task<object?> SealedAccessesAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().Sealed(c.GetArgument<bool?>("reviewed"), c.User!)
            .PageNewestFirstAsync(c.PageAsked(), a => a.From, a => a.Id, c.CancellationToken);

    /// <summary>Allocates a practitioner of your working group to a child the group holds a record on, from now until
    /// the allocation is ended: they may then see who the child is and the child's detail. Managers of the working
    /// group; audited.</summary>
    /// <arg name="practitioner">The practitioner's user name.</arg>
    /// <arg name="module">The working group (module) you manage, which holds a record on the child.</arg>
    /// <arg name="note">Why the practitioner is allocated, kept with the allocation; optional.</arg>
    private static async Task<object?> AllocateAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().AllocateAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("practitioner"), c.GetArgument<string>("module"), c.GetArgument<string?>("note"), c.User!, c.CancellationToken);

    /// <summary>Grants a practitioner access to a child the group holds a record on, for a reason, until the end of a
    /// day (at most a year). Managers of the working group; audited.</summary>
    /// <arg name="practitioner">The practitioner's user name.</arg>
    /// <arg name="module">The working group (module) you manage, which holds a record on the child.</arg>
    /// <arg name="reason">Why the practitioner needs access to the child; kept with the access and audited.</arg>
    /// <arg name="until">The last day of access (UK).</arg>
    private static async Task<object?> GrantAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().GrantAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("practitioner"), c.GetArgument<string>("module"), c.GetArgument<string>("reason"), c.GetArgument<DateOnly>("until"),
            c.User!, c.CancellationToken);

    /// <summary>Ends an access now, with the reason; it is kept. The practitioner it is for, or a manager of the working
    /// group that gave it; audited.</summary>
    /// <arg name="access">The access to end, by its id.</arg>
    /// <arg name="reason">Why the access ends; kept with it and audited.</arg>
    private static async Task<object?> EndAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().EndAsync(InputCheck.Id(c.GetArgument<string>("access"), "access", "The access"), c.GetArgument<string>("reason"),
            c.User!, c.CancellationToken);

    /// <summary>In an emergency, opens a child's record held by a working group of yours when you have no relationship
    /// with the child: at once, for a few hours, with your reason. Every read under it is marked in the audit log and it
    /// is reported to the data protection officer for review. Practitioners only.</summary>
    /// <arg name="reason">Why you must see the record now, in words.</arg>
    private static async Task<object?> OpenSealedAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().OpenSealedAsync(InputCheck.Id(c.GetArgument<string>("subjectId"), "subjectId", "The child"),
            c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    /// <summary>Records the data protection officer's finding on a sealed access, with a note; once. Data protection
    /// officer only; audited.</summary>
    /// <arg name="access">The sealed access reviewed, by its id.</arg>
    /// <arg name="outcome">Whether the access was justified.</arg>
    /// <arg name="note">The data protection officer's note of what they found.</arg>
    private static async Task<object?> ReviewSealedAsync(IResolveFieldContext c) =>
        await c.Service<ChildAccessRecords>().ReviewSealedAsync(InputCheck.Id(c.GetArgument<string>("access"), "access", "The sealed access"),
            c.GetArgument<SealedAccessOutcome>("outcome"), c.GetArgument<string>("note"), c.User!, c.CancellationToken);
}
