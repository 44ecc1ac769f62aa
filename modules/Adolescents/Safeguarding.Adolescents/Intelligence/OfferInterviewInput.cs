namespace Safeguarding.Adolescents.Intelligence;

public sealed class OfferInterviewInput
{
    public string? EpisodeId { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public string? OfferingAgency { get; set; }
}
