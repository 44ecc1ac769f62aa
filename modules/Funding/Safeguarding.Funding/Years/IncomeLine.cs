namespace Safeguarding.Funding.Years;

/// <summary>Money in: a partner's contribution (PartnerId set) or a grant (named source). Written by its <see cref="FundingYear"/>.</summary>
public sealed class IncomeLine
{
    private IncomeLine() { }

    public Guid Id { get; private set; }
    public Guid YearId { get; private set; }
    public Guid? PartnerId { get; private set; }
    /// <summary>The partner's name when recorded, or the grant's name.</summary>
    public string Source { get; private set; } = "";
    public bool IsStatutoryPartner { get; private set; }
    public decimal Amount { get; private set; }
    public DateOnly? ReceivedOn { get; private set; }
    public bool IsGrant => PartnerId is null;

    internal static IncomeLine Contribution(Guid yearId, Guid partnerId, string partnerName, bool isStatutoryPartner, decimal amount, DateOnly? receivedOn) =>
        new()
        {
            Id = Guid.NewGuid(), YearId = yearId, PartnerId = partnerId, Source = partnerName, IsStatutoryPartner = isStatutoryPartner,
            Amount = amount, ReceivedOn = receivedOn,
        };

    internal static IncomeLine Grant(Guid yearId, string source, decimal amount) =>
        new() { Id = Guid.NewGuid(), YearId = yearId, Source = source, Amount = amount };
}
