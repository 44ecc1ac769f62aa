using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Bench.Identity;

/// <summary>
/// One person of the synthetic city as they are: the truth an agency's record is a more or less faithful copy of.
/// <see cref="Held"/> is the record the registry holds, if <see cref="Registered"/>.
/// </summary>
internal sealed class SyntheticPerson
{
    public required int Id { get; init; }
    public required int Household { get; init; }
    public required Community Community { get; init; }
    public required string Given { get; init; }
    public string? Middle { get; init; }
    public required string Family { get; init; }
    public required DateOnly DateOfBirth { get; init; }
    public required PersonSex Sex { get; init; }
    public required string NhsNumber { get; init; }
    public string? UniquePupilNumber { get; init; }
    public string? CouncilPersonId { get; init; }
    public string? PolicePersonReference { get; init; }
    /// <summary>Where they live now, then where they lived before.</summary>
    public required IReadOnlyList<string> Postcodes { get; init; }
    /// <summary>A previous family name (a parent's remarriage) or a name they are known by.</summary>
    public string? OtherName { get; init; }
    public bool IsTwin { get; init; }
    public bool Registered { get; set; }
    public PersonIdentity Held { get; set; } = null!;
}
