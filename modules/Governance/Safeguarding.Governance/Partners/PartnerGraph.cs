namespace Safeguarding.Governance.Partners;

/// <summary>The partners in the API: each field reads its arguments and calls <see cref="PartnerDirectory"/> or <see cref="PartnerRegister"/>.</summary>
internal static class PartnerGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerGraphType>>>>("partners")
            .Argument<BooleanGraphType>("statutoryOnly", "True for the statutory partners only (council, police, health).")
            .Argument<BooleanGraphType>("includeRetired", "Also list agencies that have left the partnership (default false).")
            .Allow(Access.AnySignedIn).HandledBy(ListPartnersAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("addPartner").Input<AddPartnerInputType>()
            .Allow(Access.Administrator).HandledBy(AddPartnerAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("renamePartner")
            .Argument<NonNullGraphType<IdGraphType>>("partnerId", "The agency to rename, by its id.").Argument<NonNullGraphType<StringGraphType>>("name", "The agency's new name.")
            .Allow(Access.Administrator).HandledBy(RenamePartnerAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("retirePartner")
            .Argument<NonNullGraphType<IdGraphType>>("partnerId", "The agency that left, by its id.").Argument<DateOnlyGraphType>("retiredOn", "The day it left; default today.")
            .Allow(Access.Administrator).HandledBy(RetirePartnerAsync);
    }

    /// <summary>
    /// The partnership's agencies, statutory partners first. Agencies that have left are listed only when asked for.
    /// </summary>
    private static async Task<object?> ListPartnersAsync(IResolveFieldContext c) =>
        await c.Service<PartnerDirectory>().ListAsync(c.GetArgument<bool?>("statutoryOnly") == true, c.GetArgument<bool?>("includeRetired") == true, c.CancellationToken);

    /// <summary>
    /// Adds an agency to the partnership. Its name must differ from every other agency's, whatever the letter case and
    /// spacing. Administrators only.
    /// </summary>
    private static async Task<object?> AddPartnerAsync(IResolveFieldContext c) =>
        await c.Service<PartnerRegister>().AddAsync(c.GetArgument<AddPartnerInput>("input"), c.CancellationToken);

    /// <summary>
    /// Gives an agency a new name (still unique whatever the letter case). Records keep the name they were made with.
    /// Administrators only.
    /// </summary>
    private static async Task<object?> RenamePartnerAsync(IResolveFieldContext c) =>
        await c.Service<PartnerRegister>().RenameAsync(InputCheck.Id(c.GetArgument<string>("partnerId"), "partnerId", "The partner"), c.GetArgument<string>("name"), c.CancellationToken);

    /// <summary>
    /// Records that an agency left the partnership: it is kept for the records that name it, and refused for new ones.
    /// Administrators only.
    /// </summary>
    private static async Task<object?> RetirePartnerAsync(IResolveFieldContext c) =>
        await c.Service<PartnerRegister>().RetireAsync(InputCheck.Id(c.GetArgument<string>("partnerId"), "partnerId", "The partner"), c.GetArgument<DateOnly?>("retiredOn"), c.CancellationToken);
}
