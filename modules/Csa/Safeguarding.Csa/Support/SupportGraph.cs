namespace Safeguarding.Csa.Support;

/// <summary>Support referrals: making them, recording when support starts, and the gaps in support.</summary>
internal static class SupportGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<CsaSupportReferralGraphType>>("makeCsaSupportReferral").Input<MakeCsaSupportReferralInputType>()
            .Allow(Access.WorkingGroupMember).HandledBy(MakeReferralAsync);

        slice.Mutation.Field<NonNullGraphType<CsaSupportReferralGraphType>>("startCsaSupport")
            .Argument<NonNullGraphType<IdGraphType>>("referralId", "The support referral, by its id.").Argument<NonNullGraphType<DateOnlyGraphType>>("startedOn", "The UK day support started.")
            .Allow(Access.WorkingGroupMember).HandledBy(StartSupportAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaServiceGapGraphType>>>>("csaSupportGaps")
            .Argument<DateOnlyGraphType>("asOf", "The UK day the gaps are counted at; left out, today.")
            .Allow(Audiences.WorkingGroupAndOversight).HandledBy(SupportGapsAsync);

        slice.Query.Field<NonNullGraphType<ConnectionGraphType<CsaSupportReferralGraphType>>>("csaUnmetReferrals")
            .Argument<DateOnlyGraphType>("asOf", "The UK day waiting is counted to; left out, today.").Paged()
            .Allow(Access.WorkingGroupMember).HandledBy(UnmetReferralsAsync);
    }

    /// <summary>
    /// Refers a registered child to a support or recovery service. Say whether a commissioned service exists: a
    /// referral with none is a visible gap. CSA working group.
    /// </summary>
    private static async Task<object?> MakeReferralAsync(IResolveFieldContext c) =>
        await c.Service<SupportReferrals>().MakeAsync(c.GetArgument<MakeCsaSupportReferralInput>("input"), c.User!.Agency(), c.CancellationToken);

    /// <summary>
    /// Records the day support started for a referral; the waiting time is the days from referral to start. CSA working
    /// group.
    /// </summary>
    private static async Task<object?> StartSupportAsync(IResolveFieldContext c)
    {
        var check = new InputCheck();
        var id = check.ParseId(c.GetArgument<string>("referralId"), "referralId", "The referral");
        return await c.Service<SupportReferrals>().StartAsync(id, c.GetArgument<DateOnly>("startedOn"), check, c.CancellationToken);
    }

    /// <summary>
    /// Per support service: referrals, waiting times, and unmet referrals (no commissioned service, or not started
    /// after Csa:Support:UnmetAfterDays days) as of a day (default today). Aggregates only.
    /// </summary>
    private static async Task<object?> SupportGapsAsync(IResolveFieldContext c) =>
        await c.Service<SupportReferrals>().GapsAsync(c.GetArgument<DateOnly?>("asOf"), c.SmallNumbers(), c.CancellationToken);

    /// <summary>
    /// Referrals not started that have no commissioned service or have waited longer than Csa:Support:UnmetAfterDays,
    /// longest waiting first, a page at a time. CSA working group.
    /// </summary>
    private static async Task<object?> UnmetReferralsAsync(IResolveFieldContext c) =>
        await c.Service<SupportReferrals>().UnmetAsync(c.GetArgument<DateOnly?>("asOf"), c.PageAsked(), c.CancellationToken);
}
