namespace Safeguarding.Adolescents.Intelligence;

/// <summary>A place linked to young people at risk (an address, a park, a transport hub).</summary>
public sealed class Location
{
    private Location() { }

    public Guid Id { get; private set; }
    /// <summary>How the place is known.</summary>
    public string Name { get; private set; } = "";
    /// <summary>What sort of place it is, e.g. address, park or transport hub; null when not said.</summary>
    public string? Kind { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>A new location; VALIDATION naming every problem with the name and the kind of place.</summary>
    public static Location Record(string? name, string? kind, DateTimeOffset now)
    {
        new InputCheck().RequireText(name, "name", "The location's name", 300).OptionalText(kind, "kind", "The kind of place", 100).ThrowIfInvalid();
        return new Location { Id = Guid.NewGuid(), Name = name!.Trim(), Kind = kind?.Trim(), RecordedAt = now };
    }
}
