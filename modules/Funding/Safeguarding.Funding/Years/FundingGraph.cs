using Safeguarding.Funding.Statements;

namespace Safeguarding.Funding.Years;

/// <summary>Funding's mutations: opening and closing years, and recording money in and out (<see cref="FundingYears"/>).</summary>
internal static class FundingGraph
{
    private const Access BusinessUnit = Access.WorkingGroupMember; // the Funding working group: the business unit's finance

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<FundingYearGraphType>>("openFinancialYear")
            .Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year to open, e.g. \"2025/26\".").Argument<DecimalGraphType>("openingReserve", "The reserve in pounds the year opens with; needed only for the first year recorded, since later years open with the previous year's closing reserve.")
            .Allow(BusinessUnit).HandledBy(OpenFinancialYearAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordContribution").Input<RecordContributionInputType>()
            .Allow(BusinessUnit).HandledBy(RecordContributionAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordGrant").Input<RecordGrantInputType>()
            .Allow(BusinessUnit).HandledBy(RecordGrantAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordExpenditure").Input<RecordExpenditureInputType>()
            .Allow(BusinessUnit).HandledBy(RecordExpenditureAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("setBudget").Input<SetBudgetInputType>()
            .Allow(BusinessUnit).HandledBy(SetBudgetAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("closeFinancialYear").Argument<NonNullGraphType<FinancialYearGraphType>>("year", "The financial year to close, e.g. \"2024/25\".")
            .Allow(BusinessUnit).HandledBy(CloseFinancialYearAsync);
    }

    /// <summary>
    /// Opens a financial year. Its opening reserve is the previous year's closing reserve; the first year ever needs
    /// openingReserve.
    /// </summary>
    private static async Task<object?> OpenFinancialYearAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().OpenAsync(c.GetArgument<string>("year"), c.GetArgument<decimal?>("openingReserve"), c.CancellationToken);

    /// <summary>Records a partner's contribution to a year's income.</summary>
    private static async Task<object?> RecordContributionAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordContributionAsync(c.GetArgument<RecordContributionInput>("input"), c.CancellationToken);

    /// <summary>Records a grant in a year's income.</summary>
    private static async Task<object?> RecordGrantAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordGrantAsync(c.GetArgument<RecordGrantInput>("input"), c.CancellationToken);

    /// <summary>Records spending under a heading of a year's expenditure.</summary>
    private static async Task<object?> RecordExpenditureAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordExpenditureAsync(c.GetArgument<RecordExpenditureInput>("input"), c.CancellationToken);

    /// <summary>Sets (or replaces) the budget for one heading of a year.</summary>
    private static async Task<object?> SetBudgetAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().SetBudgetAsync(c.GetArgument<SetBudgetInput>("input"), c.CancellationToken);

    /// <summary>Closes a year: its figures become final and its closing reserve opens the next year.</summary>
    private static async Task<object?> CloseFinancialYearAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().CloseAsync(c.GetArgument<string>("year"), c.User!.Actor(), c.CancellationToken);
}
