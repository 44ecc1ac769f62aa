namespace Safeguarding.Host.GraphQL;

public sealed class RegisterSubjectInput
{
    /// <summary>The module (working group) you record this person in.</summary>
    public string? Module { get; set; }

    /// <summary>The whole name as one text (the last word is taken as the family name). Give this or given and family names.</summary>
    public string? Name { get; set; }

    /// <summary>Given names (first and middle), as the agency knows them.</summary>
    public string? GivenNames { get; set; }

    public string? FamilyName { get; set; }

    /// <summary>Aliases, previous and other names, each written as given then family name.</summary>
    public List<string>? OtherNames { get; set; }

    public DateOnly DateOfBirth { get; set; }

    /// <summary>Not known unless given.</summary>
    public PersonSex? Sex { get; set; }

    /// <summary>Ten digits with a valid check digit; spaces are ignored.</summary>
    public string? NhsNumber { get; set; }

    /// <summary>The Unique Pupil Number schools use: a letter and twelve characters with a valid check letter.</summary>
    public string? UniquePupilNumber { get; set; }

    /// <summary>The council's person id (children's or adults' social care).</summary>
    public string? CouncilPersonId { get; set; }

    /// <summary>The police's person reference.</summary>
    public string? PolicePersonReference { get; set; }

    /// <summary>Where the person lives and has lived, newest first where known.</summary>
    public List<PersonAddressInput>? Addresses { get; set; }

    /// <summary>
    /// The person to register, or null with every problem recorded in <paramref name="check"/>: a name (whole, or given and
    /// family), a date of birth of someone the partnership records, identifiers with valid checks, addresses with postcodes.
    /// </summary>
    public PersonIdentity? ToIdentity(InputCheck check, DateOnly today, int maxAgeYears)
    {
        var whole = !string.IsNullOrWhiteSpace(Name);
        var parts = !string.IsNullOrWhiteSpace(GivenNames) || !string.IsNullOrWhiteSpace(FamilyName);
        check.RequireText(Module, "module", "The module", 100)
            .Require(whole || parts, "name", "Give the child's name: the whole name, or given names and family name.")
            .OptionalText(Name, "name", "The child's name", 200)
            .OptionalText(GivenNames, "givenNames", "The given names", 200)
            .OptionalText(FamilyName, "familyName", "The family name", 200)
            .Require(!whole || !parts, "name", "Give the whole name or its parts (given names and family name), not both.")
            .Require(!parts || !string.IsNullOrWhiteSpace(FamilyName), "familyName", "The family name is required with given names.")
            .Require(DateOfBirth <= today, "dateOfBirth", "The date of birth cannot be in the future.")
            .Require(DateOfBirth > today.AddYears(-maxAgeYears), "dateOfBirth", $"The partnership records children and young people up to {maxAgeYears}.")
            .OptionalText(CouncilPersonId, "councilPersonId", "The council's person id", 100)
            .OptionalText(PolicePersonReference, "policePersonReference", "The police person reference", 100)
            .Require((OtherNames?.Count ?? 0) <= MaxOtherNames, "otherNames", $"Give at most {MaxOtherNames} other names.")
            .Require((Addresses?.Count ?? 0) <= MaxAddresses, "addresses", $"Give at most {MaxAddresses} addresses.");
        var nhs = Given(NhsNumber);
        check.Require(nhs is null || SharedKernel.Subjects.NhsNumber.TryNormalise(nhs, out nhs), "nhsNumber", "The NHS number must be ten digits with a valid check digit.");
        var upn = Given(UniquePupilNumber);
        check.Require(upn is null || SharedKernel.Subjects.UniquePupilNumber.TryNormalise(upn, out upn), "uniquePupilNumber",
            "The Unique Pupil Number must be a letter followed by twelve characters, with a valid check letter.");
        foreach (var (other, i) in (OtherNames ?? []).Select((o, i) => (o, i)))
            check.RequireText(other, $"otherNames[{i}]", "An other name", 200);
        foreach (var (address, i) in (Addresses ?? []).Select((a, i) => (a, i)))
            address.Check(check, $"addresses[{i}]");
        if (check.HasProblems) return null;

        var (given, family) = whole ? Platform.Registry.ProtectedIdentities.SplitName(Name!) : (GivenNames?.Trim() ?? "", FamilyName!.Trim());
        return new PersonIdentity(given, family, DateOfBirth, Sex ?? PersonSex.NotKnown, nhs, upn, Given(CouncilPersonId), Given(PolicePersonReference))
        {
            OtherNames = (OtherNames ?? []).Select(o => o.Trim()).ToList(),
            Addresses = (Addresses ?? []).Select(a => a.ToAddress()).ToList(),
        };
    }

    public const int MaxOtherNames = 10;
    public const int MaxAddresses = 20;

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
