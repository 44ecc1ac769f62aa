namespace Safeguarding.SharedKernel.Subjects;

/// <summary>
/// Who a person is, as an agency knows them: special-category personal data, held only by the subject registry and
/// encrypted at rest. Any part may be missing (a police feed may carry no NHS number, a school no police reference);
/// matching weighs what is there.
/// </summary>
public sealed record PersonIdentity(
    string GivenNames,
    string FamilyName,
    DateOnly? DateOfBirth,
    PersonSex Sex = PersonSex.NotKnown,
    string? NhsNumber = null,
    string? UniquePupilNumber = null,
    string? CouncilPersonId = null,
    string? PolicePersonReference = null)
{
    /// <summary>Aliases, previous and other names, each written as given then family name.</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];

    /// <summary>Where the person has lived, newest first where known.</summary>
    public IReadOnlyList<PersonAddress> Addresses { get; init; } = [];

    public string FullName => $"{GivenNames} {FamilyName}".Trim();

    /// <summary>A whole name as given names and a family name: the last word is the family name.</summary>
    public static (string Given, string Family) SplitName(string name)
    {
        var trimmed = name.Trim();
        var last = trimmed.LastIndexOf(' ');
        return last < 0 ? ("", trimmed) : (trimmed[..last].TrimEnd(), trimmed[(last + 1)..]);
    }
}

/// <summary>An address a person lived at, from and to where known.</summary>
public sealed record PersonAddress(string? Line, string Postcode, DateOnly? From = null, DateOnly? To = null);

/// <summary>The person's stated sex, in the NHS data dictionary's codes (0, 1, 2, 9).</summary>
public enum PersonSex
{
    /// <summary>Not known: not recorded.</summary>
    NotKnown = 0,
    /// <summary>Male.</summary>
    Male = 1,
    /// <summary>Female.</summary>
    Female = 2,
    /// <summary>Not specified: indeterminate (unable to be classified as either male or female).</summary>
    NotSpecified = 9,
}
