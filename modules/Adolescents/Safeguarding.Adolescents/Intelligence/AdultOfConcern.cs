namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// An adult linked to young people at risk, known in this module by a reference. Who the adult is (names, date of
/// birth, the police's reference) is held by the partnership's registry, encrypted and read only with an audited purpose,
/// once a date of birth is known: the registry tells people apart by it, so an adult known only by a name (often all the
/// intelligence gives) is held here until then, seen only by the Adolescents working group, every read audited.
/// </summary>
public sealed class AdultOfConcern
{
    public const int MaxNameLength = 200;

    private AdultOfConcern() { }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";

    /// <summary>The adult in the partnership's registry; null while known here by a name only.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The name as recorded here while the registry does not hold the adult; cleared when it does.</summary>
    public string? Name { get; private set; }

    /// <summary>The name the adult goes by, held like <see cref="Name"/>.</summary>
    public string? KnownAs { get; private set; }

    public string? Notes { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>Whether the registry holds who the adult is.</summary>
    public bool InRegistry => SubjectId is not null;

    /// <summary>A new adult, given a reference; VALIDATION naming every problem with the name, known-as name and notes.</summary>
    public static AdultOfConcern Record(string? name, string? knownAs, string? notes, DateTimeOffset now, string recordedBy)
    {
        new InputCheck().RequireText(name, "name", "The adult's name", MaxNameLength)
            .OptionalText(knownAs, "knownAs", "Known as", MaxNameLength).OptionalText(notes, "notes", "The notes", 2000).ThrowIfInvalid();
        var id = Guid.NewGuid();
        return new AdultOfConcern
        {
            Id = id, Reference = ReferenceFor(id), Name = name!.Trim(), KnownAs = string.IsNullOrWhiteSpace(knownAs) ? null : knownAs.Trim(),
            Notes = notes?.Trim(), RecordedAt = now, RecordedBy = recordedBy,
        };
    }

    /// <summary>
    /// Who the adult is, as the registry is asked to match or register them: the name recorded here, the known-as name
    /// as another name, the date of birth and, when given, the police's person reference. VALIDATION for a date of birth
    /// not in the past, or a reference too long; CONFLICT when the registry already holds the adult.
    /// </summary>
    public PersonIdentity IdentityFor(DateOnly? dateOfBirth, string? policePersonReference, DateOnly today)
    {
        RequireNotInRegistry();
        var check = new InputCheck()
            .Require(dateOfBirth is not null, "dateOfBirth", "The date of birth is required to hold the adult in the partnership's registry.")
            .Require(dateOfBirth is null || dateOfBirth < today, "dateOfBirth", "The date of birth must be in the past.")
            .OptionalText(policePersonReference, "policePersonReference", "The police's person reference", 50);
        if (dateOfBirth is { } born) check.RequireRecordable(born, "dateOfBirth");
        check.ThrowIfInvalid();
        var (given, family) = PersonIdentity.SplitName(Name!);
        return new PersonIdentity(given, family, dateOfBirth,
            PolicePersonReference: string.IsNullOrWhiteSpace(policePersonReference) ? null : policePersonReference.Trim())
        {
            OtherNames = KnownAs is null ? [] : [KnownAs],
        };
    }

    /// <summary>The registry now holds who the adult is: this module keeps only the registry's id.</summary>
    public void HeldByRegistry(Guid subjectId)
    {
        RequireNotInRegistry();
        SubjectId = subjectId;
        Name = null;
        KnownAs = null;
    }

    private void RequireNotInRegistry()
    {
        if (InRegistry) throw DomainException.Conflict($"Adult of concern {Reference} is already held by the partnership's registry.");
    }

    public static string ReferenceFor(Guid id) => "AOC-" + id.ToString("N")[..8].ToUpperInvariant();
}
