namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The lawful bases of sharing: the statutory gateways (reference data), the register of information-sharing agreements,
/// and the data protection officer's review of the bases working groups recorded (<see cref="InformationSharing"/>).
/// </summary>
internal static class SharingGraph
{
    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatutoryGatewayGraphType>>>>("statutoryGateways")
            .Description("The statutory gateways a working group may share a child's information under (a STATUTORY_GATEWAY basis names one by its " +
                         "code). Practitioners, the data protection officer and administrators.")
            .WithComplexityImpact(1, 10)
            .Allow(Access.AnyPractitioner | Access.DataProtectionOfficer | Access.Administrator)
            .ResolveAsync(async c => await c.Service<PlatformDbContext>().StatutoryGateways.AsNoTracking().OrderBy(g => g.Code).ToListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharingAgreementGraphType>>>>("sharingAgreements")
            .Description("The partnership's register of information-sharing agreements (Tier 1, then Tier 2, by title), each marked when overdue for " +
                         "review. Practitioners, the data protection officer and administrators.")
            .WithComplexityImpact(1, 20)
            .Allow(Access.AnyPractitioner | Access.DataProtectionOfficer | Access.Administrator)
            .ResolveAsync(async c => await c.Service<SharingAgreements>().ListAsync(c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionGraphType<SharingBasisRecordGraphType>>>("sharingBasesForReview")
            .Description("The lawful bases working groups recorded, newest first, a page at a time, with the reasons for overriding consent: for the " +
                         "data protection officer's review. Data protection officer only; each read is audited.")
            .Argument<SharingBasisGraphType>("basis", "Only bases of this kind.")
            .Paged()
            .Allow(Access.DataProtectionOfficer)
            .ResolveAsync(async c => await c.Service<InformationSharing>().ForReviewAsync(c.GetArgument<SharingBasis?>("basis"), c.PageAsked(), c.User!, c.CancellationToken));

        mutation.Field<NonNullGraphType<SharingAgreementGraphType>>("recordSharingAgreement")
            .Description("Adds an information-sharing agreement to the register, or revises one (give its id; a review records the new review date). " +
                         "The data protection officer and administrators; audited.")
            .Argument<NonNullGraphType<SharingAgreementInputType>>("input", "The agreement's terms; with an id, the new version of an agreement already registered.")
            .Allow(Access.DataProtectionOfficer | Access.Administrator)
            .ResolveAsync(async c => await c.Service<SharingAgreements>().RecordAsync(c.GetArgument<SharingAgreementTerms>("input"), c.User!, c.CancellationToken));
    }
}
