namespace Safeguarding.Adolescents.Intelligence;

public sealed class OfferInterviewInput
{
    /// <summary>The missing episode, by its id.</summary>
    public string? EpisodeId { get; set; }
    /// <summary>When the interview was offered.</summary>
    public DateTimeOffset OfferedAt { get; set; }
    /// <summary>One of the partnership's agencies; by default your own agency.</summary>
    public string? OfferingAgency { get; set; }
}
