namespace Safeguarding.DomesticAbuse.Enquiries;

/// <summary>One routine enquiry about domestic abuse made by an agency's practitioner: no one's identity, only what happened.</summary>
public sealed class RoutineEnquiry
{
    private RoutineEnquiry() { }

    public Guid Id { get; private set; }
    /// <summary>The agency that asked.</summary>
    public string Agency { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    /// <summary>The UK day of the enquiry.</summary>
    public DateOnly EnquiredOn { get; private set; }
    /// <summary>Whether the question about domestic abuse was asked.</summary>
    public bool Asked { get; private set; }
    /// <summary>Whether abuse was disclosed.</summary>
    public bool Disclosed { get; private set; }
    /// <summary>Whether support was offered.</summary>
    public bool SupportOffered { get; private set; }

    /// <summary>An enquiry made within the last year (default today); a disclosure only when the question was asked.</summary>
    public static RoutineEnquiry Record(DateOnly? enquiredOn, bool asked, bool disclosed, bool supportOffered, string agency, string recordedBy, DateOnly today)
    {
        var on = enquiredOn ?? today;
        new InputCheck().Require(on <= today, "enquiredOn", "The day of the enquiry cannot be in the future.")
            .Require(on > today.AddYears(-1), "enquiredOn", "The day of the enquiry must be within the last year.")
            .Require(asked || !disclosed, "disclosed", "A disclosure is recorded only when the question was asked.")
            .ThrowIfInvalid();
        return new RoutineEnquiry
        {
            Id = Guid.NewGuid(), Agency = agency, RecordedBy = recordedBy, EnquiredOn = on, Asked = asked, Disclosed = disclosed, SupportOffered = supportOffered,
        };
    }
}
