using Safeguarding.Funding.Statements;

namespace Safeguarding.Funding.Years;

/// <summary>Funding's mutations: opening and closing years, and recording money in and out (<see cref="FundingYears"/>).</summary>
internal static class FundingGraph
{
    private const Access BusinessUnit = Access.WorkingGroupMember; // the Funding working group: the business unit's finance

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<FinancialYearSummaryGraphType>>("openFinancialYear")
            .Description("Opens a financial year. Its opening reserve is the previous year's closing reserve; the first year ever needs openingReserve.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Argument<DecimalGraphType>("openingReserve")
            .Allow(BusinessUnit).ResolveAsync(OpenFinancialYearAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordContribution")
            .Description("Records a partner's contribution to a year's income.")
            .Argument<NonNullGraphType<RecordContributionInputType>>("input")
            .Allow(BusinessUnit).ResolveAsync(RecordContributionAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordGrant")
            .Description("Records a grant in a year's income.")
            .Argument<NonNullGraphType<RecordGrantInputType>>("input")
            .Allow(BusinessUnit).ResolveAsync(RecordGrantAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordExpenditure")
            .Description("Records spending under a heading of a year's expenditure.")
            .Argument<NonNullGraphType<RecordExpenditureInputType>>("input")
            .Allow(BusinessUnit).ResolveAsync(RecordExpenditureAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("setBudget")
            .Description("Sets (or replaces) the budget for one heading of a year.")
            .Argument<NonNullGraphType<SetBudgetInputType>>("input")
            .Allow(BusinessUnit).ResolveAsync(SetBudgetAsync);

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("closeFinancialYear")
            .Description("Closes a year: its figures become final and its closing reserve opens the next year.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(BusinessUnit).ResolveAsync(CloseFinancialYearAsync);
    }

    private static async Task<object?> OpenFinancialYearAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().OpenAsync(c.GetArgument<string>("year"), c.GetArgument<decimal?>("openingReserve"), c.CancellationToken);

    private static async Task<object?> RecordContributionAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordContributionAsync(c.GetArgument<RecordContributionInput>("input"), c.CancellationToken);

    private static async Task<object?> RecordGrantAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordGrantAsync(c.GetArgument<RecordGrantInput>("input"), c.CancellationToken);

    private static async Task<object?> RecordExpenditureAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().RecordExpenditureAsync(c.GetArgument<RecordExpenditureInput>("input"), c.CancellationToken);

    private static async Task<object?> SetBudgetAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().SetBudgetAsync(c.GetArgument<SetBudgetInput>("input"), c.CancellationToken);

    private static async Task<object?> CloseFinancialYearAsync(IResolveFieldContext c) =>
        await c.Service<FundingYears>().CloseAsync(c.GetArgument<string>("year"), c.User!.Actor(), c.CancellationToken);
}
