using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Sharing;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Sharing;

/// <summary>The rules a recorded lawful basis and an agreement of the register keep by themselves.</summary>
public sealed class SharingBasisRulesTests
{
    private static readonly DateTimeOffset Noon = new(2027, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly StatutoryGateway Section47 = StatutoryGateways.Partnership.Single(g => g.Code == StatutoryGateways.ChildProtectionEnquiry);

    private static SharingAgreement Agreement(DateOnly reviewBy) => SharingAgreement.Record(new SharingAgreementTerms
    {
        Title = "Partnership agreement", Tier = 1, Parties = ["Plymouth City Council", " plymouth city council ", "Devon and Cornwall Police"],
        Purpose = "Safeguarding children", DataShared = "Concerns and plans", SignedOn = new DateOnly(2025, 1, 1), ReviewBy = reviewBy,
    }, "dee.dpo", Noon);

    private static DomainException Refused(SharingBasis basis, string? reason = null, StatutoryGateway? gateway = null, SharingAgreement? agreement = null) =>
        Assert.Throws<DomainException>(() => new SharingBasisRecord().Record(basis, reason, gateway, agreement, "pat.practitioner", Noon));

    [Theory]
    [InlineData(SharingBasis.ConsentGiven, true)]
    [InlineData(SharingBasis.ConsentRefused, false)]
    [InlineData(SharingBasis.ConsentWithdrawn, false)]
    public void Consent_given_shares_and_refused_or_withdrawn_does_not(SharingBasis basis, bool shares)
    {
        var record = new SharingBasisRecord();
        record.Record(basis, null, null, null, "pat.practitioner", Noon);
        Assert.Equal(shares, record.PermitsSharing);
        Assert.Equal($"Basis: {basis}", record.AuditMark);
    }

    [Fact]
    public void An_override_needs_a_reason_and_only_an_override_has_one()
    {
        Assert.Equal("reason", Assert.Single(Refused(SharingBasis.ConsentOverridden, "  ").Problems).Field);
        Assert.Equal("reason", Assert.Single(Refused(SharingBasis.ConsentGiven, "Because").Problems).Field);
        var record = new SharingBasisRecord();
        record.Record(SharingBasis.ConsentOverridden, " Asking would warn the carer. ", null, null, "pat.practitioner", Noon);
        Assert.Equal("Asking would warn the carer.", record.Reason);
        Assert.DoesNotContain("carer", record.AuditMark, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statutory_gateway_basis_names_its_gateway_and_no_other_basis_does()
    {
        Assert.Equal("gateway", Assert.Single(Refused(SharingBasis.StatutoryGateway).Problems).Field);
        Assert.Equal("gateway", Assert.Single(Refused(SharingBasis.ConsentGiven, gateway: Section47).Problems).Field);
        var record = new SharingBasisRecord();
        record.Record(SharingBasis.StatutoryGateway, null, Section47, null, "pat.practitioner", Noon);
        Assert.True(record.PermitsSharing);
        Assert.Equal("Basis: StatutoryGateway CHILDREN_ACT_1989_S47", record.AuditMark);
    }

    [Fact]
    public void An_agreement_is_cited_only_for_a_basis_that_shares_and_not_once_overdue_for_review()
    {
        Assert.Equal("agreement", Assert.Single(Refused(SharingBasis.ConsentRefused, agreement: Agreement(new DateOnly(2028, 1, 1))).Problems).Field);
        var overdue = Refused(SharingBasis.ConsentGiven, agreement: Agreement(new DateOnly(2027, 3, 9)));
        Assert.Equal(ErrorCodes.Conflict, overdue.Code);
        Assert.Contains("was due for review on 9 March 2027", overdue.Message, StringComparison.Ordinal);
        var record = new SharingBasisRecord();
        var dueToday = Agreement(new DateOnly(2027, 3, 10));
        record.Record(SharingBasis.ConsentGiven, null, null, dueToday, "pat.practitioner", Noon); // due today is not yet overdue
        Assert.Equal(dueToday.Id, record.AgreementId);
    }

    [Fact]
    public void An_agreement_has_a_tier_of_1_or_2_its_parties_once_and_a_review_after_signing()
    {
        Assert.Equal(["Plymouth City Council", "Devon and Cornwall Police"], Agreement(new DateOnly(2028, 1, 1)).Parties);
        var e = Assert.Throws<DomainException>(() => SharingAgreement.Record(new SharingAgreementTerms
        {
            Title = "Agreement", Tier = 3, Parties = [], Purpose = "Safeguarding", DataShared = "Plans",
            SignedOn = new DateOnly(2025, 1, 1), ReviewBy = new DateOnly(2024, 1, 1),
        }, "dee.dpo", Noon));
        Assert.Equal(["tier", "parties", "reviewBy"], e.Problems.Select(p => p.Field));
    }
}
