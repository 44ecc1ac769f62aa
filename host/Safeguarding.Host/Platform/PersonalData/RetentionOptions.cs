using System.ComponentModel.DataAnnotations;

namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// How long each kind of record about a person is kept (<c>Retention</c> in configuration), checked when the host starts.
/// Published aggregates hold no person and are kept; they have no period here.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>A child's safeguarding record is kept until this birthday (25: the local authority's children's records guidance).</summary>
    [Range(18, 100)]
    public int ChildRecordUntilAge { get; set; } = 25;

    /// <summary>A child's record whose date of birth is not known is kept this many years after the last activity on it.</summary>
    [Range(1, 100)]
    public int ChildWithoutBirthDateYearsAfterLastActivity { get; set; } = 25;

    /// <summary>An adult's record (a victim or a person causing harm) is kept this many years after the last activity on it.</summary>
    [Range(1, 100)]
    public int AdultRecordYearsAfterLastActivity { get; set; } = 6;
}
