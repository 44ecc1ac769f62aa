using Safeguarding.Funding.Contracts;
using Safeguarding.Funding.Partners;

namespace Safeguarding.Funding.Years;

/// <summary>
/// The partnership's funding for one <see cref="FinancialYear"/> (1 April to 31 March, labelled like "2023/24"): partners'
/// contributions, grants, expenditure and budgets, and the reserve it opens and closes with. Money is recorded only while
/// the year is open; closing it makes its figures final and carries its closing reserve to the next year.
/// </summary>
public sealed class FundingYear
{
    private readonly List<IncomeLine> _income = [];
    private readonly List<ExpenditureLine> _expenditure = [];
    private readonly List<BudgetLine> _budget = [];

    private FundingYear() { }

    public Guid Id { get; private set; }
    public string Label { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public decimal OpeningReserve { get; private set; }
    public YearStatus Status { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedBy { get; private set; }
    public IReadOnlyList<IncomeLine> Income => _income;
    public IReadOnlyList<ExpenditureLine> Expenditure => _expenditure;
    public IReadOnlyList<BudgetLine> Budget => _budget;

    public decimal TotalIncome => Income.Sum(i => i.Amount);
    public decimal TotalExpenditure => Expenditure.Sum(e => e.Amount);
    public decimal Surplus => TotalIncome - TotalExpenditure;
    public decimal ClosingReserve => OpeningReserve + Surplus;

    /// <summary>
    /// Opens <paramref name="period"/>. It opens with <paramref name="previous"/>'s closing reserve, which must be closed
    /// first; without a previous year it must be the first year ever opened, and needs its opening reserve.
    /// </summary>
    /// <param name="previous">The year before <paramref name="period"/>, if it was opened.</param>
    /// <param name="anyYearOpened">Whether any year at all was opened before.</param>
    public static FundingYear Open(FinancialYear period, FundingYear? previous, bool anyYearOpened, decimal? openingReserve)
    {
        if (previous is not null && previous.Label != period.Previous.Label)
            throw new ArgumentException($"{previous.Label} is not the year before {period.Label}.", nameof(previous));
        decimal reserve;
        if (previous is not null)
        {
            if (previous.Status != YearStatus.Closed)
                throw DomainException.Conflict($"Close {previous.Label} first: its closing reserve opens {period.Label}.");
            if (openingReserve is not null && openingReserve != previous.ClosingReserve)
                throw DomainException.Invalid("openingReserve", $"{period.Label} opens with {previous.Label}'s closing reserve of £{previous.ClosingReserve:N2}; leave openingReserve out.");
            reserve = previous.ClosingReserve;
        }
        else
        {
            if (anyYearOpened)
                throw DomainException.Invalid("year", $"Open the years in order: there is no {period.Previous.Label} before {period.Label}.");
            if (openingReserve is null || !Money.IsValidReserve(openingReserve.Value))
                throw DomainException.Invalid("openingReserve", "The first year needs its opening reserve: £0 or more, in pounds and pence.");
            reserve = openingReserve.Value;
        }
        return new FundingYear
        {
            Id = Guid.NewGuid(), Label = period.Label, StartsOn = period.Starts, EndsOn = period.Ends, OpeningReserve = reserve, Status = YearStatus.Open,
        };
    }

    /// <summary>The problems with a contribution's amount, found before the year is looked up.</summary>
    public static InputCheck CheckContribution(decimal amount) => new InputCheck().RequireAmount(amount);

    /// <summary>The problems with a grant, found before the year is looked up.</summary>
    public static InputCheck CheckGrant(string? source, decimal amount) =>
        new InputCheck().RequireText(source, "source", "The grant's name", 200).RequireAmount(amount);

    /// <summary>The problems with spending, found before the year is looked up.</summary>
    public static InputCheck CheckExpenditure(string? category, string? description, decimal amount) =>
        new InputCheck().RequireText(category, "category", "The category", 100).OptionalText(description, "description", "The description", 1000).RequireAmount(amount);

    /// <summary>The problems with a budget line, found before the year is looked up.</summary>
    public static InputCheck CheckBudget(string? heading, decimal amount) =>
        new InputCheck().RequireText(heading, "heading", "The heading", 200).RequireAmount(amount);

    /// <summary>
    /// A partner's contribution, received (if the date is known) within the year. The partner is Funding's copy of it,
    /// or null when Funding knows no partner with <paramref name="partnerId"/>; its name and statutory status are kept
    /// as they are today, so a later rename leaves the contribution as it was made.
    /// </summary>
    public ContributionRecorded RecordContribution(Guid partnerId, FundingPartner? partner, decimal amount, DateOnly? receivedOn)
    {
        EnsureOpen();
        CheckContribution(amount).ThrowIfInvalid();
        if (receivedOn is { } on && (on < StartsOn || on > EndsOn))
            throw DomainException.Invalid("receivedOn", $"The date received must fall within {Label} ({StartsOn:d MMM yyyy} to {EndsOn:d MMM yyyy}).");
        if (partner is null || partner.PartnerId != partnerId) throw DomainException.NotFound("partner", partnerId);
        _income.Add(IncomeLine.Contribution(Id, partner.PartnerId, partner.Name, partner.IsStatutory, amount, receivedOn));
        return new ContributionRecorded(Label, partner.PartnerId, partner.Name, amount, IsGrant: false);
    }

    /// <summary>A grant, under its name, in the year's income.</summary>
    public ContributionRecorded RecordGrant(string? source, decimal amount)
    {
        EnsureOpen();
        CheckGrant(source, amount).ThrowIfInvalid();
        var line = IncomeLine.Grant(Id, source!.Trim(), amount);
        _income.Add(line);
        return new ContributionRecorded(Label, null, line.Source, amount, IsGrant: true);
    }

    /// <summary>Money spent under a category of the year's expenditure.</summary>
    public ExpenditureRecorded RecordExpenditure(string? category, string? description, decimal amount)
    {
        EnsureOpen();
        CheckExpenditure(category, description, amount).ThrowIfInvalid();
        var line = ExpenditureLine.Of(Id, category!.Trim(), description?.Trim(), amount);
        _expenditure.Add(line);
        return new ExpenditureRecorded(Label, line.Category, amount);
    }

    /// <summary>Sets, or replaces, the budget for one heading: headings are the same whatever their case.</summary>
    public BudgetLine SetBudget(BudgetKind kind, string? heading, decimal amount)
    {
        EnsureOpen();
        CheckBudget(heading, amount).ThrowIfInvalid();
        var trimmed = heading!.Trim();
        var line = _budget.FirstOrDefault(b => b.Kind == kind && string.Equals(b.Heading, trimmed, StringComparison.OrdinalIgnoreCase));
        if (line is null) _budget.Add(line = BudgetLine.For(Id, kind, trimmed));
        line.Plan(amount);
        return line;
    }

    /// <summary>
    /// Closes the year: its figures become final. The years close in order, so <paramref name="previous"/> (if opened)
    /// must be closed already; <paramref name="next"/>, if already opened, opens with this year's closing reserve.
    /// </summary>
    public FinancialYearClosed Close(FundingYear? previous, FundingYear? next, DateTimeOffset at, string by)
    {
        EnsureOpen();
        if (previous is { Status: YearStatus.Open })
            throw DomainException.Conflict($"Close {previous.Label} before {Label}.");
        Status = YearStatus.Closed;
        ClosedAt = at;
        ClosedBy = by;
        if (next is not null) next.OpeningReserve = ClosingReserve;
        return new FinancialYearClosed(Label, TotalIncome, TotalExpenditure, OpeningReserve, ClosingReserve);
    }

    /// <summary>Closed years are read-only.</summary>
    private void EnsureOpen()
    {
        if (Status == YearStatus.Closed)
            throw DomainException.Conflict($"{Label} is closed: its figures are final and cannot change.");
    }
}
