namespace Safeguarding.Adolescents.Intelligence;

public sealed class IdentifyAdultOfConcernInput
{
    /// <summary>The adult of concern, held in this module by name.</summary>
    public string? AdultId { get; set; }

    /// <summary>The adult's date of birth, now known.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The police's reference for the person, if known.</summary>
    public string? PolicePersonReference { get; set; }
}
