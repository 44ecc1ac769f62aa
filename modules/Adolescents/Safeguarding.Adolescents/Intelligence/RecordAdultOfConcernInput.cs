namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordAdultOfConcernInput
{
    /// <summary>The adult's name, given names then family name.</summary>
    public string? Name { get; set; }

    /// <summary>The name the adult goes by, if another.</summary>
    public string? KnownAs { get; set; }

    /// <summary>What is known about the adult; optional.</summary>
    public string? Notes { get; set; }

    /// <summary>
    /// When known: the adult is then held by the partnership's registry (matched to the person it already holds, or
    /// registered), and this module keeps only the registry's id. Without it, the name is held in this module.
    /// </summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The police's reference for the person, if known; used in matching with the date of birth.</summary>
    public string? PolicePersonReference { get; set; }
}
