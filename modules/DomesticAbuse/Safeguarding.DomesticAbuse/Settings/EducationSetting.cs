namespace Safeguarding.DomesticAbuse.Settings;

/// <summary>The phase of education a school or setting provides.</summary>
public enum SettingPhase
{
    /// <summary>Early years: nursery and pre-school.</summary>
    EarlyYears,
    /// <summary>Primary school.</summary>
    Primary,
    /// <summary>Secondary school.</summary>
    Secondary,
    /// <summary>All-through school, primary and secondary.</summary>
    AllThrough,
    /// <summary>Special school.</summary>
    Special,
    /// <summary>Alternative provision (pupil referral unit and the like).</summary>
    AlternativeProvision,
    /// <summary>Post-16: sixth form or college.</summary>
    PostSixteen,
}

/// <summary>
/// A school or early years setting (reference data). Subscribed settings receive Operation Encompass notifications,
/// read and acknowledged by the setting's key adult (usually the designated safeguarding lead). Its name is unique
/// whatever its letter case and spacing (<see cref="NameKey"/>, held by a unique index). A setting that closes or
/// leaves is retired, not deleted: kept for the notifications it received, refused for new links and notifications.
/// </summary>
public sealed class EducationSetting
{
    public const int MaxNameLength = 200;

    private EducationSetting() { }

    public Guid Id { get; private set; }
    /// <summary>The setting's name, unique whatever the letter case.</summary>
    public string Name { get; private set; } = "";
    /// <summary>The name as names are compared (<see cref="ReferenceName.Key"/>).</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>The setting's phase, e.g. early years, primary or secondary.</summary>
    public SettingPhase Phase { get; private set; }
    /// <summary>Whether the setting has subscribed to Operation Encompass.</summary>
    public bool SubscribedToEncompass { get; private set; }
    /// <summary>Who the key adult is, as the setting names the post or person (for example "Designated safeguarding lead").</summary>
    public string KeyAdult { get; private set; } = "";
    /// <summary>The day the setting closed or left; null while it is open.</summary>
    public DateOnly? RetiredOn { get; private set; }

    public bool IsRetired => RetiredOn is not null;
    /// <summary>Whether a notification for a child attending it is sent: subscribed and still open.</summary>
    public bool ReceivesNotifications => SubscribedToEncompass && !IsRetired;

    public static EducationSetting Register(Guid id, string? name, SettingPhase phase, bool subscribedToEncompass, string? keyAdult)
    {
        new InputCheck()
            .RequireText(name, "name", "The setting's name", MaxNameLength)
            .RequireText(keyAdult, "keyAdult", "The key adult", 200)
            .Require(Enum.IsDefined(phase), "phase", "Choose the setting's phase.")
            .ThrowIfInvalid();
        var setting = new EducationSetting { Id = id, Phase = phase, SubscribedToEncompass = subscribedToEncompass, KeyAdult = keyAdult!.Trim() };
        setting.SetName(name!);
        return setting;
    }

    public void Rename(string? name)
    {
        new InputCheck().RequireText(name, "name", "The setting's new name", MaxNameLength).ThrowIfInvalid();
        if (IsRetired) throw DomainException.Conflict($"{Name} was retired on {RetiredOn:d MMMM yyyy}; a retired setting keeps the name it had.");
        if (ReferenceName.Tidy(name!) == Name) throw DomainException.Invalid("name", $"The setting is already called {Name}.");
        SetName(name!);
    }

    public void SetSubscription(bool subscribed)
    {
        if (IsRetired && subscribed) throw DomainException.Conflict($"{Name} was retired on {RetiredOn:d MMMM yyyy}; a retired setting receives no notifications.");
        SubscribedToEncompass = subscribed;
    }

    /// <summary>The setting closed or left on <paramref name="on"/>: kept for history, refused for new links.</summary>
    public void Retire(DateOnly on, DateOnly today)
    {
        if (IsRetired) throw DomainException.Conflict($"{Name} was already retired on {RetiredOn:d MMMM yyyy}.");
        if (on > today) throw DomainException.Invalid("retiredOn", "A setting is retired on the day it closes or leaves, not in the future.");
        if (on < today.AddYears(-10)) throw DomainException.Invalid("retiredOn", "The day it closed must be within the last ten years.");
        RetiredOn = on;
    }

    /// <summary>Refuses a retired setting for a new record (a child's link).</summary>
    public void RequireCurrent(string field)
    {
        if (IsRetired) throw DomainException.Invalid(field, $"{Name} was retired on {RetiredOn:d MMMM yyyy}; link the child to the setting they attend now.");
    }

    /// <summary>What a practitioner is told when the name is another setting's (the unique index says the same).</summary>
    public static string NameTaken(string existing) =>
        $"There is already a setting called \"{existing}\"; names are compared ignoring letter case and spaces.";

    private void SetName(string name)
    {
        Name = ReferenceName.Tidy(name);
        NameKey = ReferenceName.Key(name);
    }
}
