namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>
/// A police Public Protection Notice (PPN) for a domestic abuse incident: once per police reference.
/// The children present or affected are subject ids; the adults are held in this module only.
/// </summary>
public sealed class ProtectionNotice
{
    public Guid Id { get; set; }
    /// <summary>The police reference, trimmed and in upper case; unique.</summary>
    public string PoliceReference { get; set; } = "";
    /// <summary>The agency that sent it, usually the police.</summary>
    public string ReportingAgency { get; set; } = "";
    /// <summary>When the incident happened.</summary>
    public DateTimeOffset IncidentAt { get; set; }
    /// <summary>The area of the city where it happened, not an address.</summary>
    public string LocationArea { get; set; } = "";
    /// <summary>When the notice was received.</summary>
    public DateTimeOffset ReceivedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    /// <summary>How many children the notice names.</summary>
    public int ChildCount { get; set; }
    public List<NoticeChild> Children { get; set; } = [];
    /// <summary>The adults named in the notice, by role and police person reference.</summary>
    public List<NoticeAdult> Adults { get; set; } = [];
}

/// <summary>A child present at or affected by the incident.</summary>
public sealed class NoticeChild
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>Copied from the notice so that repeat incidents and trends need no join.</summary>
    public DateTimeOffset IncidentAt { get; set; }
}

/// <summary>The part an adult played in a domestic abuse incident.</summary>
public enum AdultRole
{
    /// <summary>The adult harmed in the incident.</summary>
    Victim,
    /// <summary>The adult who caused, or is alleged to have caused, the harm.</summary>
    PersonCausingHarm,
}

/// <summary>
/// An adult involved in an incident (a victim or the person causing harm), known here by the police's person reference.
/// Who they are is held by the partnership's registry, encrypted, under <see cref="SubjectId"/>, and read from it with a
/// stated purpose and an audit record, like a child's identity.
/// </summary>
public sealed class DomesticAbuseAdult
{
    public Guid Id { get; set; }
    /// <summary>The police's person reference (trimmed, upper case); unique, so repeat incidents involving the same person are found.</summary>
    public string PersonReference { get; set; } = "";

    /// <summary>The adult in the partnership's registry, once a notice gave their name and date of birth; null while known only by reference.</summary>
    public Guid? SubjectId { get; set; }

    /// <summary>
    /// The name as notices recorded it before the registry held adults: empty for every adult registered since, and
    /// cleared when <see cref="AdultIdentityMove"/> moves it into the registry (which needs the date of birth too).
    /// </summary>
    public string? Name { get; set; }

    /// <summary>The date of birth as notices recorded it before the registry held adults; cleared like <see cref="Name"/>.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Who a notice's adult is, as the registry is asked to match or register them: the police reference is part of it.</summary>
    public static PersonIdentity IdentityOf(string name, DateOnly dateOfBirth, string personReference)
    {
        var (given, family) = PersonIdentity.SplitName(name);
        return new PersonIdentity(given, family, dateOfBirth, PolicePersonReference: personReference);
    }
}

public sealed class NoticeAdult
{
    public Guid Id { get; set; }
    public Guid NoticeId { get; set; }
    public Guid AdultId { get; set; }
    public AdultRole Role { get; set; }
    public DateTimeOffset IncidentAt { get; set; }
}
