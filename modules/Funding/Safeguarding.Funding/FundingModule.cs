using Safeguarding.Funding.DemoData;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Statements;
using Safeguarding.Funding.Years;
using Safeguarding.SharedKernel.Web;

namespace Safeguarding.Funding;

/// <summary>
/// Funding: how the partnership is funded and what it spends.
/// Owns: funding years (one per financial year, 1 April to 31 March) with contributions, grants, expenditure and budgets; a copy of the partners.
/// Publishes: ContributionRecorded, ExpenditureRecorded, FinancialYearClosed (also for the seeded 2023/24).
/// Handles: Governance's PartnerRegistered (keeps its copy of partners' names and statutory status).
/// GraphQL: financialYears, financialStatement (with contribution shares and CSV), financialComparison;
///          openFinancialYear, recordContribution, recordGrant, recordExpenditure, setBudget, closeFinancialYear.
/// Money is decimal pounds with pence; totals are computed from the lines, never stored.
/// </summary>
public sealed class FundingModule() : PartnershipModule<FundingDbContext>("Funding",
    "Partner contributions, grants, expenditure, budgets and reserves, by financial year.")
{
    public static readonly WebArea Workspace = new("Funding", "/funding",
        "The partnership's money for a year: who paid in, what was spent, and what is left.",
        "Funding", Access.AnySignedIn, 600);

    public override IReadOnlyList<WebArea> WebAreas => [Workspace];

    public override IReadOnlyList<DemoUser> DemoUsers =>
    [
        new("fin.funding", "Fin Funding", PartnershipRoles.Practitioner, "Plymouth City Council", [Name], "Business unit finance officer."),
    ];

    protected override IReadOnlyList<Type> UseCases => [typeof(FundingYears), typeof(FinancialStatements)];

    protected override IReadOnlyList<Action<GraphQLSlice>> GraphQLParts =>
    [
        StatementGraph.Contribute, FundingGraph.Contribute
    ];

    protected override async Task SeedDemoDataAsync(FundingDbContext db, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.Years.AnyAsync(cancellationToken)) return;
        FundingSeed.Write(db);
        await db.SaveChangesAsync(cancellationToken);
    }
}
