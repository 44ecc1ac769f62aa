namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Who an adult of concern is, read with a purpose: from the partnership's registry once it holds them, otherwise as recorded here.</summary>
/// <param name="DateOfBirth">Null while the adult is held here by name only.</param>
/// <param name="PolicePersonReference">The police's reference, when the registry holds one.</param>
/// <param name="KnownAs">A name the adult is known by; null when none.</param>
/// <param name="Name">The adult's name, as the module holds it.</param>
/// <param name="Notes">What is known about the adult; null when nothing.</param>
public sealed record AdultOfConcernDetails(string Name, string? KnownAs, string? Notes, DateOnly? DateOfBirth, string? PolicePersonReference);
