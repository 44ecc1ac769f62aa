namespace Safeguarding.Scrutiny.Returns;

/// <summary>Agencies' returns for measures no module records, and who is expected to make them (<see cref="AgencyReturns"/>).</summary>
internal static class ReturnsGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ConnectionGraphType<DataReturnGraphType>>>("dataReturns").Argument<StringGraphType>("measure", "Only returns for this measure, by its code; left out, every measure.").Paged()
            .Allow(Access.Administrator | Access.Scrutineer).HandledBy(DataReturnsAsync);

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataSupplierGraphType>>>>("dataSuppliers")
            .Allow(Access.Administrator | Access.Scrutineer).HandledBy(DataSuppliersAsync);

        slice.Mutation.Field<NonNullGraphType<DataReturnGraphType>>("submitDataReturn").Input<SubmitDataReturnInputType>()
            .Allow(Access.Administrator).HandledBy(SubmitDataReturnAsync);

        slice.Mutation.Field<NonNullGraphType<DataSupplierGraphType>>("expectDataSupplier").Input<ExpectDataSupplierInputType>()
            .Allow(Access.Administrator).HandledBy(ExpectDataSupplierAsync);
    }

    /// <summary>
    /// Agencies' returns for measures no module records, newest quarter first, a page at a time. Administrators, who make
    /// them, see every figure; for the scrutineer a small one is withheld as on the scorecard.
    /// </summary>
    private static async Task<object?> DataReturnsAsync(IResolveFieldContext c) =>
        await Returns(c).ReturnsAsync(c.GetArgument<string?>("measure"), c.PageAsked(), c.SmallNumbers(Access.Administrator), c.CancellationToken);

    /// <summary>Agencies expected to return figures, by measure.</summary>
    private static async Task<object?> DataSuppliersAsync(IResolveFieldContext c) => await Returns(c).SuppliersAsync(c.CancellationToken);

    /// <summary>
    /// Records an agency's figure for a measure and quarter; a later return for the same quarter and agency corrects
    /// it. Administrators (the business unit).
    /// </summary>
    private static async Task<object?> SubmitDataReturnAsync(IResolveFieldContext c)
    {
        var made = await Returns(c).SubmitAsync(c.GetArgument<SubmitDataReturnInput>("input"), c.User!.Actor(), c.CancellationToken);
        return DataReturnView.Of(made, Disclosed<decimal>.Shown(made.Value)); // administrators see what they entered
    }

    /// <summary>
    /// Records that an agency is expected to return figures for a measure from a quarter on, so that a missing return
    /// shows as a gap. Administrators.
    /// </summary>
    private static async Task<object?> ExpectDataSupplierAsync(IResolveFieldContext c) =>
        await Returns(c).ExpectAsync(c.GetArgument<ExpectDataSupplierInput>("input"), c.CancellationToken);

    private static AgencyReturns Returns(IResolveFieldContext c) => c.Service<AgencyReturns>();
}
