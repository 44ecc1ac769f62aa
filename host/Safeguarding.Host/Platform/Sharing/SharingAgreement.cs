namespace Safeguarding.Host.Platform.Sharing;

/// <summary>
/// An information-sharing agreement of the partnership's register: Tier 1 (the partnership-wide agreement every partner
/// signs) or Tier 2 (between particular partners for a particular purpose), with its parties, purpose, the data it shares,
/// when it was signed and when it is due for review. Past its review date it stays in the register, marked overdue, and
/// no basis may cite it until its review is recorded.
/// </summary>
public sealed class SharingAgreement
{
    public const int MaxTitleLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxParties = 60;

    private SharingAgreement() { }

    public Guid Id { get; private set; }
    /// <summary>The agreement's title, as the partners signed it.</summary>
    public string Title { get; private set; } = "";
    /// <summary>1: the partnership-wide agreement; 2: an agreement between particular partners for a particular purpose.</summary>
    public int Tier { get; private set; }
    /// <summary>The agencies and partners that signed it.</summary>
    public List<string> Parties { get; private set; } = [];
    /// <summary>Why information is shared under it.</summary>
    public string Purpose { get; private set; } = "";
    /// <summary>What information it shares.</summary>
    public string DataShared { get; private set; } = "";
    /// <summary>The UK day the agreement was signed.</summary>
    public DateOnly SignedOn { get; private set; }
    /// <summary>The day by which it is to be reviewed; after it the agreement is overdue for review.</summary>
    public DateOnly ReviewBy { get; private set; }
    /// <summary>Who recorded this version.</summary>
    public string RecordedBy { get; private set; } = "";
    /// <summary>When this version was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether the review date has passed (an agreement due today is not yet overdue).</summary>
    public bool IsOverdueForReviewOn(DateOnly today) => today > ReviewBy;

    public static SharingAgreement Record(SharingAgreementTerms terms, string by, DateTimeOffset at)
    {
        var agreement = new SharingAgreement { Id = Guid.NewGuid() };
        agreement.Revise(terms, by, at);
        return agreement;
    }

    /// <summary>
    /// Replaces the agreement's terms (a review records the new review date). A title, tier 1 or 2, at least one party,
    /// a purpose and the data shared; reviewed after it was signed.
    /// </summary>
    public void Revise(SharingAgreementTerms terms, string by, DateTimeOffset at)
    {
        var parties = (terms.Parties ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var check = new InputCheck()
            .RequireText(terms.Title, "title", "The title", MaxTitleLength)
            .Require(terms.Tier is 1 or 2, "tier", "The tier is 1 (the partnership-wide agreement) or 2 (between particular partners for a purpose).")
            .Require(parties.Count > 0, "parties", "Name the agencies or partners that signed the agreement.")
            .Require(parties.Count <= MaxParties, "parties", $"An agreement has at most {MaxParties} parties.")
            .RequireText(terms.Purpose, "purpose", "The purpose", MaxTextLength)
            .RequireText(terms.DataShared, "dataShared", "What data is shared", MaxTextLength)
            .RequireRecordable(terms.SignedOn, "signedOn")
            .RequireRecordable(terms.ReviewBy, "reviewBy")
            .Require(terms.ReviewBy > terms.SignedOn, "reviewBy", "The review date must be after the day the agreement was signed.");
        foreach (var party in parties) check.RequireText(party, "parties", "Each party's name", 200);
        check.ThrowIfInvalid();
        Title = terms.Title!.Trim();
        Tier = terms.Tier;
        Parties = parties;
        Purpose = terms.Purpose!.Trim();
        DataShared = terms.DataShared!.Trim();
        SignedOn = terms.SignedOn;
        ReviewBy = terms.ReviewBy;
        RecordedBy = by;
        RecordedAt = at;
    }
}
