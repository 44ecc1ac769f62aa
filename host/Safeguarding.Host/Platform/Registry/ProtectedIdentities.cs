using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// Encrypts and decrypts what the registry holds about a person, with ASP.NET Core Data Protection. Identities written
/// before the registry held whole people (a name, a date of birth and an NHS number under the first purpose) are still
/// read, as a person whose last word of name is the family name.
/// </summary>
public sealed class ProtectedIdentities(IDataProtectionProvider protection)
{
    /// <summary>Name, date of birth and NHS number only.</summary>
    public const int FirstVersion = 1;

    /// <summary>The whole <see cref="PersonIdentity"/>.</summary>
    public const int PersonVersion = 2;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector _first = protection.CreateProtector("Safeguarding.Subjects.Identity.v1");
    private readonly IDataProtector _person = protection.CreateProtector("Safeguarding.Subjects.PersonIdentity.v2");
    private readonly IDataProtector _reasons = protection.CreateProtector("Safeguarding.Subjects.MatchReasons.v1");

    public string Protect(PersonIdentity identity) => _person.Protect(JsonSerializer.Serialize(identity, Json));

    public PersonIdentity Unprotect(SubjectRecord record) => record.IdentityVersion switch
    {
        FirstVersion => FromFirstVersion(JsonSerializer.Deserialize<SubjectIdentity>(_first.Unprotect(record.ProtectedIdentity))),
        PersonVersion => JsonSerializer.Deserialize<PersonIdentity>(_person.Unprotect(record.ProtectedIdentity), Json),
        _ => null,
    } ?? throw new InvalidOperationException($"The identity of subject {record.Id} cannot be read (version {record.IdentityVersion}).");

    public string ProtectReasons(IReadOnlyList<string> reasons) => _reasons.Protect(JsonSerializer.Serialize(reasons, Json));

    public IReadOnlyList<string> UnprotectReasons(string protectedReasons) =>
        JsonSerializer.Deserialize<List<string>>(_reasons.Unprotect(protectedReasons), Json) ?? [];

    /// <summary>A person from a name as one text: the last word is the family name, the rest the given names.</summary>
    public static PersonIdentity FromFirstVersion(SubjectIdentity? identity)
    {
        if (identity is null) return null!;
        var (given, family) = PersonIdentity.SplitName(identity.Name);
        return new PersonIdentity(given, family, identity.DateOfBirth, NhsNumber: identity.NhsNumber);
    }

    /// <summary>
    /// What <see cref="ISubjectRegistry.ReadIdentityAsync"/> has always answered (the name as one text), with the whole
    /// person beside it. The registry registers nobody without a date of birth, so every record has one.
    /// </summary>
    public static SubjectIdentity AsSubjectIdentity(PersonIdentity person) =>
        new(person.FullName, person.DateOfBirth ?? throw new InvalidOperationException("A registered person has no date of birth."), person.NhsNumber) { Person = person };
}
