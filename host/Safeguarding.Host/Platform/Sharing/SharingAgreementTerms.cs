namespace Safeguarding.Host.Platform.Sharing;

/// <summary>What an information-sharing agreement says, as recorded or revised.</summary>
public sealed class SharingAgreementTerms
{
    /// <summary>The agreement to revise; leave it out to add an agreement to the register.</summary>
    public string? Id { get; set; }
    /// <summary>The agreement's title, as the partners signed it.</summary>
    public string? Title { get; set; }
    /// <summary>1: the partnership-wide agreement; 2: between particular partners for a particular purpose.</summary>
    public int Tier { get; set; }
    /// <summary>The agencies and partners that signed it.</summary>
    public List<string>? Parties { get; set; }
    /// <summary>Why information is shared under it.</summary>
    public string? Purpose { get; set; }
    /// <summary>What information it shares.</summary>
    public string? DataShared { get; set; }
    /// <summary>The UK day the agreement was signed.</summary>
    public DateOnly SignedOn { get; set; }
    /// <summary>The day by which it is to be reviewed.</summary>
    public DateOnly ReviewBy { get; set; }
}
