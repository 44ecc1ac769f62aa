namespace Safeguarding.Scrutiny.Returns;

/// <summary>Agencies' returns for measures no module records, and who is expected to make them (<see cref="AgencyReturns"/>).</summary>
internal static class ReturnsGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataReturnGraphType>>>>("dataReturns")
            .Description("Agencies' returns for measures no module records, newest quarter first.")
            .Argument<StringGraphType>("measure")
            .Allow(Access.Administrator | Access.Scrutineer).ResolveAsync(DataReturnsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataSupplierGraphType>>>>("dataSuppliers")
            .Description("Agencies expected to return figures, by measure.")
            .Allow(Access.Administrator | Access.Scrutineer).ResolveAsync(DataSuppliersAsync);

        slice.Mutation.Field<NonNullGraphType<DataReturnGraphType>>("submitDataReturn")
            .Description("Records an agency's figure for a measure and quarter; a later return for the same quarter and agency corrects it. Administrators (the business unit).")
            .Argument<NonNullGraphType<SubmitDataReturnInputType>>("input")
            .Allow(Access.Administrator).ResolveAsync(SubmitDataReturnAsync);

        slice.Mutation.Field<NonNullGraphType<DataSupplierGraphType>>("expectDataSupplier")
            .Description("Records that an agency is expected to return figures for a measure from a quarter on, so that a missing return shows as a gap. Administrators.")
            .Argument<NonNullGraphType<ExpectDataSupplierInputType>>("input")
            .Allow(Access.Administrator).ResolveAsync(ExpectDataSupplierAsync);
    }

    private static async Task<object?> DataReturnsAsync(IResolveFieldContext c) =>
        await Returns(c).ReturnsAsync(c.GetArgument<string?>("measure"), c.CancellationToken);

    private static async Task<object?> DataSuppliersAsync(IResolveFieldContext c) => await Returns(c).SuppliersAsync(c.CancellationToken);

    private static async Task<object?> SubmitDataReturnAsync(IResolveFieldContext c) =>
        await Returns(c).SubmitAsync(c.GetArgument<SubmitDataReturnInput>("input"), c.User!.Actor(), c.CancellationToken);

    private static async Task<object?> ExpectDataSupplierAsync(IResolveFieldContext c) =>
        await Returns(c).ExpectAsync(c.GetArgument<ExpectDataSupplierInput>("input"), c.CancellationToken);

    private static AgencyReturns Returns(IResolveFieldContext c) => c.Service<AgencyReturns>();
}
