namespace Safeguarding.Adolescents.Intelligence;

public sealed class OfferInterviewInput
{
    public string? EpisodeId { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    /// <summary>One of the partnership's agencies; by default your own agency.</summary>
    public string? OfferingAgency { get; set; }
}
