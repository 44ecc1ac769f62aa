using Safeguarding.Governance.Contracts;

namespace Safeguarding.Governance.Partners;

/// <summary>
/// An agency of the partnership. Its name is unique whatever its letter case and spacing (<see cref="NameKey"/>, held by
/// a unique index). An agency that leaves is retired, not deleted: the records that name it keep it, and no new record
/// may name it.
/// </summary>
public sealed class Partner
{
    public const int MaxNameLength = 200;

    private Partner() { }

    public Guid Id { get; private set; }
    /// <summary>The agency's name, unique in the partnership whatever the letter case.</summary>
    public string Name { get; private set; } = "";
    /// <summary>The name as names are compared (<see cref="ReferenceName.Key"/>).</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>Statutory partner or relevant agency.</summary>
    public PartnerKind Kind { get; private set; }
    /// <summary>e.g. Local authority, Police, Health, Education, Voluntary sector.</summary>
    public string Sector { get; private set; } = "";
    /// <summary>Statutory partners: the post of the Lead Safeguarding Partner (e.g. "Chief Executive").</summary>
    public string? LeadSafeguardingPartner { get; private set; }
    /// <summary>Statutory partners: the post of the Delegated Safeguarding Partner; empty while not appointed.</summary>
    public string? DelegatedSafeguardingPartner { get; private set; }
    /// <summary>The day the agency left the partnership; null while it is a partner.</summary>
    public DateOnly? RetiredOn { get; private set; }

    /// <summary>True for the safeguarding partners: local authority, police, integrated care board and education.</summary>
    public bool IsStatutory => Kind == PartnerKind.StatutoryPartner;
    public bool IsRetired => RetiredOn is not null;

    /// <summary>A new agency of the partnership. Only statutory partners name Lead and Delegated Safeguarding Partners.</summary>
    public static Partner Register(Guid id, string? name, PartnerKind kind, string? sector, string? leadSafeguardingPartner = null, string? delegatedSafeguardingPartner = null)
    {
        var check = new InputCheck()
            .RequireText(name, "name", "The partner's name", MaxNameLength)
            .RequireText(sector, "sector", "The sector", 100)
            .OptionalText(leadSafeguardingPartner, "leadSafeguardingPartner", "The Lead Safeguarding Partner", 200)
            .OptionalText(delegatedSafeguardingPartner, "delegatedSafeguardingPartner", "The Delegated Safeguarding Partner", 200);
        if (kind == PartnerKind.RelevantAgency)
            check.Require(leadSafeguardingPartner is null && delegatedSafeguardingPartner is null, "kind",
                "Only statutory partners name Lead and Delegated Safeguarding Partners.");
        check.ThrowIfInvalid();
        var partner = new Partner
        {
            Id = id, Kind = kind, Sector = sector!.Trim(),
            LeadSafeguardingPartner = leadSafeguardingPartner?.Trim(), DelegatedSafeguardingPartner = delegatedSafeguardingPartner?.Trim(),
        };
        partner.SetName(name!);
        return partner;
    }

    public PartnerRegistered Registered() => new(Id, Name, IsStatutory, Sector);

    /// <summary>Gives the agency a new name (a merger, a rebranding, a correction of letter case). Records made under the
    /// old name keep it; copies elsewhere follow the event.</summary>
    public PartnerRenamed Rename(string? name)
    {
        new InputCheck().RequireText(name, "name", "The partner's new name", MaxNameLength).ThrowIfInvalid();
        if (IsRetired) throw DomainException.Conflict($"{Name} left the partnership on {RetiredOn:d MMMM yyyy}; a retired partner keeps the name it had.");
        var previous = Name;
        if (ReferenceName.Tidy(name!) == previous) throw DomainException.Invalid("name", $"The partner is already called {previous}.");
        SetName(name!);
        return new PartnerRenamed(Id, previous, Name);
    }

    /// <summary>The agency leaves the partnership on <paramref name="on"/>: kept for history, refused for new records.</summary>
    public PartnerRetired Retire(DateOnly on, DateOnly today)
    {
        if (IsRetired) throw DomainException.Conflict($"{Name} already left the partnership on {RetiredOn:d MMMM yyyy}.");
        if (on > today) throw DomainException.Invalid("retiredOn", "A partner is retired on the day it leaves, not in the future.");
        if (on < today.AddYears(-10)) throw DomainException.Invalid("retiredOn", "The day it left must be within the last ten years.");
        RetiredOn = on;
        return new PartnerRetired(Id, Name, on);
    }

    /// <summary>Refuses a retired agency for a new record (an action's owner, a seat on a body, an audit...).</summary>
    public void RequireCurrent(string field)
    {
        if (IsRetired) throw DomainException.Invalid(field, $"{Name} left the partnership on {RetiredOn:d MMMM yyyy}; new records cannot name it.");
    }

    /// <summary>What a practitioner is told when the name is another agency's (the unique index says the same).</summary>
    public static string NameTaken(string existing) =>
        $"The partnership already has an agency called \"{existing}\"; names are compared ignoring letter case and spaces.";

    private void SetName(string name)
    {
        Name = ReferenceName.Tidy(name);
        NameKey = ReferenceName.Key(name);
    }
}
