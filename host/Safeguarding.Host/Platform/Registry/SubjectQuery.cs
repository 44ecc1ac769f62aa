namespace Safeguarding.Host.Platform.Registry;

/// <summary>What a practitioner knows of the child they are looking for.</summary>
public sealed record SubjectQuery(string? NhsNumber, string? UniquePupilNumber, string? GivenNames, string? FamilyName, DateOnly? DateOfBirth)
{
    /// <summary>
    /// The identity to look for, or null with the problems recorded: an NHS number or UPN with a valid check, or a family
    /// name with a date of birth (a name alone would list every namesake in the city).
    /// </summary>
    public PersonIdentity? Check(InputCheck check)
    {
        var nhs = Normalised(NhsNumber);
        var upn = Normalised(UniquePupilNumber);
        var validNhs = nhs is null || SharedKernel.Subjects.NhsNumber.TryNormalise(nhs, out nhs);
        var validUpn = upn is null || SharedKernel.Subjects.UniquePupilNumber.TryNormalise(upn, out upn);
        check.OptionalText(GivenNames, "givenNames", "The given names", 200).OptionalText(FamilyName, "familyName", "The family name", 200)
            .Require(validNhs, "nhsNumber", "The NHS number must be ten digits with a valid check digit.")
            .Require(validUpn, "uniquePupilNumber", "The Unique Pupil Number must be a letter followed by twelve characters, with a valid check letter.")
            .Require(nhs is not null || upn is not null || (!string.IsNullOrWhiteSpace(FamilyName) && DateOfBirth is not null), "familyName",
                "Give an NHS number, a Unique Pupil Number, or a family name with a date of birth.");
        return check.HasProblems ? null
            : new PersonIdentity(GivenNames?.Trim() ?? "", FamilyName?.Trim() ?? "", DateOfBirth, NhsNumber: nhs, UniquePupilNumber: upn);
    }

    /// <summary>Which criteria were given, for the audit log (never their values: they identify the child).</summary>
    public string Describe() => string.Join(", ", new[]
    {
        Normalised(NhsNumber) is null ? null : "NHS number",
        Normalised(UniquePupilNumber) is null ? null : "Unique Pupil Number",
        string.IsNullOrWhiteSpace(GivenNames) ? null : "given names",
        string.IsNullOrWhiteSpace(FamilyName) ? null : "family name",
        DateOfBirth is null ? null : "date of birth",
    }.OfType<string>());

    private static string? Normalised(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Replace(" ", "", StringComparison.Ordinal).Trim();
}
