using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Funding.Contracts;
using Safeguarding.Funding.Persistence;
using Safeguarding.Funding.Statements;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Period = Safeguarding.SharedKernel.Time.FinancialYear;

namespace Safeguarding.Funding.Years;

public sealed class RecordContributionInput
{
    public string? Year { get; set; }
    public string? PartnerId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }
}

public sealed class RecordContributionInputType : InputObjectGraphType<RecordContributionInput>
{
    public RecordContributionInputType()
    {
        Name = "RecordContributionInput";
        Field(x => x.Year).Description("e.g. \"2024/25\"");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("A partner of the partnership (from Governance).");
        Field(x => x.Amount).Description("Pounds, with at most two decimal places.");
        Field(x => x.ReceivedOn, nullable: true);
    }
}

public sealed class RecordGrantInput
{
    public string? Year { get; set; }
    public string? Source { get; set; }
    public decimal Amount { get; set; }
}

public sealed class RecordGrantInputType : InputObjectGraphType<RecordGrantInput>
{
    public RecordGrantInputType()
    {
        Name = "RecordGrantInput";
        Field(x => x.Year);
        Field(x => x.Source).Description("The grant's name, e.g. \"Working Together grant\".");
        Field(x => x.Amount);
    }
}

public sealed class RecordExpenditureInput
{
    public string? Year { get; set; }
    public string? Category { get; set; }
    public decimal Amount { get; set; }
    public string? Description { get; set; }
}

public sealed class RecordExpenditureInputType : InputObjectGraphType<RecordExpenditureInput>
{
    public RecordExpenditureInputType()
    {
        Name = "RecordExpenditureInput";
        Field(x => x.Year);
        Field(x => x.Category).Description("e.g. \"Training\".");
        Field(x => x.Amount);
        Field(x => x.Description, nullable: true);
    }
}

public sealed class SetBudgetInput
{
    public string? Year { get; set; }
    public BudgetKind Kind { get; set; }
    public string? Heading { get; set; }
    public decimal Amount { get; set; }
}

public sealed class SetBudgetInputType : InputObjectGraphType<SetBudgetInput>
{
    public SetBudgetInputType()
    {
        Name = "SetBudgetInput";
        Field(x => x.Year);
        Field<NonNullGraphType<EnumerationGraphType<BudgetKind>>>("kind");
        Field(x => x.Heading).Description("An income source or expenditure category, as recorded.");
        Field(x => x.Amount);
    }
}

internal static class FundingGraph
{
    private const Access BusinessUnit = Access.WorkingGroupMember; // the Funding working group: the business unit's finance

    public static async Task<FinancialYear> YearOrThrowAsync(IResolveFieldContext c, string? label, string field = "year", bool tracked = false)
    {
        if (!Period.TryParse(label, out _))
            throw PartnershipError.Invalid(field, $"\"{label}\" is not a financial year: write it like 2023/24.");
        return await c.Service<FundingDbContext>().YearAsync(label!.Trim(), c.CancellationToken, tracked)
               ?? throw new PartnershipError(ErrorCodes.NotFound, $"There is no financial year {label!.Trim()} yet.");
    }

    private static async Task<FinancialYear> OpenYearAsync(IResolveFieldContext c, string? label)
    {
        var year = await YearOrThrowAsync(c, label, tracked: true);
        if (year.Status == YearStatus.Closed)
            throw PartnershipError.Conflict($"{year.Label} is closed: its figures are final and cannot change.");
        return year;
    }

    private static void CheckAmount(InputCheck check, decimal amount) =>
        check.Require(Money.IsValidAmount(amount), "amount", "The amount must be more than £0 and less than £10,000,000, in pounds and pence (at most two decimal places).");

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<FinancialYearSummaryGraphType>>("openFinancialYear")
            .Description("Opens a financial year. Its opening reserve is the previous year's closing reserve; the first year ever needs openingReserve.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Argument<DecimalGraphType>("openingReserve")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var label = c.GetArgument<string>("year")?.Trim();
                var opening = c.GetArgument<decimal?>("openingReserve");
                var db = c.Service<FundingDbContext>();
                if (!Period.TryParse(label, out var period))
                    throw PartnershipError.Invalid("year", $"\"{label}\" is not a financial year: write it like 2024/25.");
                if (await db.Years.AnyAsync(y => y.Label == label, c.CancellationToken))
                    throw PartnershipError.Conflict($"{label} is already open.");
                var previous = await db.YearAsync(period.Previous.Label, c.CancellationToken);
                var anyYears = await db.Years.AnyAsync(c.CancellationToken);
                decimal reserve;
                if (previous is not null)
                {
                    if (previous.Status != YearStatus.Closed)
                        throw PartnershipError.Conflict($"Close {previous.Label} first: its closing reserve opens {label}.");
                    if (opening is not null && opening != previous.ClosingReserve)
                        throw PartnershipError.Invalid("openingReserve", $"{label} opens with {previous.Label}'s closing reserve of £{previous.ClosingReserve:N2}; leave openingReserve out.");
                    reserve = previous.ClosingReserve;
                }
                else
                {
                    if (anyYears)
                        throw PartnershipError.Invalid("year", $"Open the years in order: there is no {period.Previous.Label} before {label}.");
                    if (opening is null || !Money.IsValidReserve(opening.Value))
                        throw PartnershipError.Invalid("openingReserve", "The first year needs its opening reserve: £0 or more, in pounds and pence.");
                    reserve = opening.Value;
                }
                var year = new FinancialYear { Id = Guid.NewGuid(), Label = label!, StartsOn = period.Starts, EndsOn = period.Ends, OpeningReserve = reserve, Status = YearStatus.Open };
                db.Years.Add(year);
                await db.SaveChangesAsync(c.CancellationToken);
                return year;
            });

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordContribution")
            .Description("Records a partner's contribution to a year's income.")
            .Argument<NonNullGraphType<RecordContributionInputType>>("input")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordContributionInput>("input");
                var check = new InputCheck();
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
                CheckAmount(check, input.Amount);
                check.ThrowIfInvalid();
                var db = c.Service<FundingDbContext>();
                var year = await OpenYearAsync(c, input.Year);
                if (input.ReceivedOn is { } on && (on < year.StartsOn || on > year.EndsOn))
                    throw PartnershipError.Invalid("receivedOn", $"The date received must fall within {year.Label} ({year.StartsOn:d MMM yyyy} to {year.EndsOn:d MMM yyyy}).");
                var partner = await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.PartnerId == partnerId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("partner", partnerId);
                year.Income.Add(new IncomeLine
                {
                    Id = Guid.NewGuid(), YearId = year.Id, PartnerId = partner.PartnerId, Source = partner.Name,
                    IsStatutoryPartner = partner.IsStatutory, Amount = input.Amount, ReceivedOn = input.ReceivedOn,
                });
                db.Publish(new ContributionRecorded(year.Label, partner.PartnerId, partner.Name, input.Amount, IsGrant: false));
                await db.SaveChangesAsync(c.CancellationToken);
                return FinancialStatement.Of(year);
            });

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordGrant")
            .Description("Records a grant in a year's income.")
            .Argument<NonNullGraphType<RecordGrantInputType>>("input")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordGrantInput>("input");
                var check = new InputCheck().RequireText(input.Source, "source", "The grant's name", 200);
                CheckAmount(check, input.Amount);
                check.ThrowIfInvalid();
                var db = c.Service<FundingDbContext>();
                var year = await OpenYearAsync(c, input.Year);
                year.Income.Add(new IncomeLine { Id = Guid.NewGuid(), YearId = year.Id, Source = input.Source!.Trim(), Amount = input.Amount });
                db.Publish(new ContributionRecorded(year.Label, null, input.Source.Trim(), input.Amount, IsGrant: true));
                await db.SaveChangesAsync(c.CancellationToken);
                return FinancialStatement.Of(year);
            });

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("recordExpenditure")
            .Description("Records spending under a heading of a year's expenditure.")
            .Argument<NonNullGraphType<RecordExpenditureInputType>>("input")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordExpenditureInput>("input");
                var check = new InputCheck().RequireText(input.Category, "category", "The category", 100).OptionalText(input.Description, "description", "The description", 1000);
                CheckAmount(check, input.Amount);
                check.ThrowIfInvalid();
                var db = c.Service<FundingDbContext>();
                var year = await OpenYearAsync(c, input.Year);
                year.Expenditure.Add(new ExpenditureLine { Id = Guid.NewGuid(), YearId = year.Id, Category = input.Category!.Trim(), Description = input.Description?.Trim(), Amount = input.Amount });
                db.Publish(new ExpenditureRecorded(year.Label, input.Category!.Trim(), input.Amount));
                await db.SaveChangesAsync(c.CancellationToken);
                return FinancialStatement.Of(year);
            });

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("setBudget")
            .Description("Sets (or replaces) the budget for one heading of a year.")
            .Argument<NonNullGraphType<SetBudgetInputType>>("input")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetBudgetInput>("input");
                var check = new InputCheck().RequireText(input.Heading, "heading", "The heading", 200);
                CheckAmount(check, input.Amount);
                check.ThrowIfInvalid();
                var db = c.Service<FundingDbContext>();
                var year = await OpenYearAsync(c, input.Year);
                var heading = input.Heading!.Trim();
                var line = year.Budget.FirstOrDefault(b => b.Kind == input.Kind && string.Equals(b.Heading, heading, StringComparison.OrdinalIgnoreCase));
                if (line is null) year.Budget.Add(line = new BudgetLine { Id = Guid.NewGuid(), YearId = year.Id, Kind = input.Kind, Heading = heading });
                line.Amount = input.Amount;
                await db.SaveChangesAsync(c.CancellationToken);
                return FinancialStatement.Of(year);
            });

        slice.Mutation.Field<NonNullGraphType<FinancialStatementGraphType>>("closeFinancialYear")
            .Description("Closes a year: its figures become final and its closing reserve opens the next year.")
            .Argument<NonNullGraphType<StringGraphType>>("year")
            .Allow(BusinessUnit)
            .ResolveAsync(async c =>
            {
                var db = c.Service<FundingDbContext>();
                var year = await OpenYearAsync(c, c.GetArgument<string>("year"));
                var period = Period.Of(year.StartsOn);
                var previous = await db.Years.AsNoTracking().FirstOrDefaultAsync(y => y.Label == period.Previous.Label, c.CancellationToken);
                if (previous is { Status: YearStatus.Open })
                    throw PartnershipError.Conflict($"Close {previous.Label} before {year.Label}.");
                year.Status = YearStatus.Closed;
                year.ClosedAt = c.Service<TimeProvider>().GetUtcNow();
                year.ClosedBy = c.User!.Actor();
                var next = await db.Years.FirstOrDefaultAsync(y => y.Label == period.Next.Label, c.CancellationToken);
                if (next is not null) next.OpeningReserve = year.ClosingReserve; // an open next year carries the reserve forward
                db.Publish(new FinancialYearClosed(year.Label, year.TotalIncome, year.TotalExpenditure, year.OpeningReserve, year.ClosingReserve));
                await db.SaveChangesAsync(c.CancellationToken);
                return FinancialStatement.Of(year);
            });
    }
}
