namespace Safeguarding.Adolescents.Intelligence;

/// <summary>
/// An adult linked to young people at risk, held only inside this module. Details are seen only by the Adolescents
/// working group and every read of them is audited; elsewhere an adult is known by its reference.
/// </summary>
public sealed class AdultOfConcern
{
    private AdultOfConcern() { }

    public Guid Id { get; private set; }
    public string Reference { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? KnownAs { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>A new adult, given a reference; VALIDATION naming every problem with the name, known-as name and notes.</summary>
    public static AdultOfConcern Record(string? name, string? knownAs, string? notes, DateTimeOffset now, string recordedBy)
    {
        new InputCheck().RequireText(name, "name", "The adult's name", 200)
            .OptionalText(knownAs, "knownAs", "Known as", 200).OptionalText(notes, "notes", "The notes", 2000).ThrowIfInvalid();
        var id = Guid.NewGuid();
        return new AdultOfConcern
        {
            Id = id, Reference = ReferenceFor(id), Name = name!.Trim(), KnownAs = knownAs?.Trim(), Notes = notes?.Trim(), RecordedAt = now, RecordedBy = recordedBy,
        };
    }

    public static string ReferenceFor(Guid id) => "AOC-" + id.ToString("N")[..8].ToUpperInvariant();
}
