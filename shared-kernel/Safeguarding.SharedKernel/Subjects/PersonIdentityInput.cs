using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// A person's identity as a practitioner or an agency's system gives it: registering a child, or naming one on an intake
/// (a police notice). Every field may be missing; <see cref="ToIdentity"/> says what is wrong, field by field.
/// </summary>
public class PersonIdentityInput
{
    /// <summary>Care leavers are supported up to 25: nobody older is registered as a child.</summary>
    public const int MaxAgeYears = 25;
    public const int MaxOtherNames = 10;
    public const int MaxAddresses = 20;

    /// <summary>The whole name as one text (the last word is taken as the family name). Give this or given and family names.</summary>
    public string? Name { get; set; }

    /// <summary>Given names (first and middle), as the agency knows them.</summary>
    public string? GivenNames { get; set; }

    /// <summary>The person's family name.</summary>
    public string? FamilyName { get; set; }

    /// <summary>Aliases, previous and other names, each written as given then family name.</summary>
    public List<string>? OtherNames { get; set; }

    /// <summary>The person's date of birth, if known.</summary>
    public DateOnly? DateOfBirth { get; set; }

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
    /// The person, or null with every problem recorded in <paramref name="check"/> under <paramref name="at"/> (the
    /// input's place in the request, "" at its root): a name (whole, or given and family), a date of birth of someone
    /// the partnership records, identifiers with valid checks, addresses with postcodes.
    /// </summary>
    public PersonIdentity? ToIdentity(InputCheck check, DateOnly today, string at = "")
    {
        var whole = !string.IsNullOrWhiteSpace(Name);
        var parts = !string.IsNullOrWhiteSpace(GivenNames) || !string.IsNullOrWhiteSpace(FamilyName);
        var problems = check.Problems.Count;
        check.Require(whole || parts, at + "name", "Give the child's name: the whole name, or given names and family name.")
            .OptionalText(Name, at + "name", "The child's name", 200)
            .OptionalText(GivenNames, at + "givenNames", "The given names", 200)
            .OptionalText(FamilyName, at + "familyName", "The family name", 200)
            .Require(!whole || !parts, at + "name", "Give the whole name or its parts (given names and family name), not both.")
            .Require(!parts || !string.IsNullOrWhiteSpace(FamilyName), at + "familyName", "The family name is required with given names.")
            .Require(DateOfBirth is not null, at + "dateOfBirth", "The date of birth is required.")
            .Require(DateOfBirth is null || DateOfBirth <= today, at + "dateOfBirth", "The date of birth cannot be in the future.")
            .Require(DateOfBirth is null || DateOfBirth > today.AddYears(-MaxAgeYears), at + "dateOfBirth", $"The partnership records children and young people up to {MaxAgeYears}.")
            .OptionalText(CouncilPersonId, at + "councilPersonId", "The council's person id", 100)
            .OptionalText(PolicePersonReference, at + "policePersonReference", "The police person reference", 100)
            .Require((OtherNames?.Count ?? 0) <= MaxOtherNames, at + "otherNames", $"Give at most {MaxOtherNames} other names.")
            .Require((Addresses?.Count ?? 0) <= MaxAddresses, at + "addresses", $"Give at most {MaxAddresses} addresses.");
        var nhs = Given(NhsNumber);
        check.Require(nhs is null || Subjects.NhsNumber.TryNormalise(nhs, out nhs), at + "nhsNumber", "The NHS number must be ten digits with a valid check digit.");
        var upn = Given(UniquePupilNumber);
        check.Require(upn is null || Subjects.UniquePupilNumber.TryNormalise(upn, out upn), at + "uniquePupilNumber",
            "The Unique Pupil Number must be a letter followed by twelve characters, with a valid check letter.");
        foreach (var (other, i) in (OtherNames ?? []).Take(MaxOtherNames).Select((o, i) => (o, i)))
            check.RequireText(other, $"{at}otherNames[{i}]", "An other name", 200);
        foreach (var (address, i) in (Addresses ?? []).Take(MaxAddresses).Select((a, i) => (a, i)))
            if (address is null) check.Require(false, $"{at}addresses[{i}]", "The address is empty.");
            else address.Check(check, $"{at}addresses[{i}]");
        if (check.Problems.Count > problems) return null;

        var (given, family) = whole ? PersonIdentity.SplitName(Name!) : (GivenNames?.Trim() ?? "", FamilyName!.Trim());
        return new PersonIdentity(given, family, DateOfBirth, Sex ?? PersonSex.NotKnown, nhs, upn, Given(CouncilPersonId), Given(PolicePersonReference))
        {
            OtherNames = (OtherNames ?? []).Select(o => o.Trim()).ToList(),
            Addresses = (Addresses ?? []).Select(a => a.ToAddress()).ToList(),
        };
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
