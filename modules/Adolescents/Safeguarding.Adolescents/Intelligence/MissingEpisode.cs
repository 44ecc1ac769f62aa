using Safeguarding.Adolescents.Contracts;
using Safeguarding.Adolescents.ReturnHomeInterviews;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>A young person went missing; times are UTC instants. A return home interview is due 72 hours after the return.</summary>
public sealed class MissingEpisode : IAnnouncedOverdue<ReturnHomeInterviewBecameOverdue>
{
    private MissingEpisode() { }

    public Guid Id { get; private set; }
    public Guid SubjectId { get; private set; }
    /// <summary>The agency that reported the young person missing.</summary>
    public string ReportingAgency { get; private set; } = "";
    /// <summary>When the young person went missing.</summary>
    public DateTimeOffset WentMissingAt { get; private set; }
    /// <summary>When the young person returned; null while missing.</summary>
    public DateTimeOffset? ReturnedAt { get; private set; }
    /// <summary>Where they were found; null when not known or not yet returned.</summary>
    public string? WhereFound { get; private set; }
    public DateTimeOffset? InterviewDueBy { get; private set; }
    /// <summary>When a return home interview was offered; null until then.</summary>
    public DateTimeOffset? InterviewOfferedAt { get; private set; }
    /// <summary>Who offered it; null until then.</summary>
    public string? InterviewOfferedBy { get; private set; }
    public bool? InterviewOfferedWithinTime { get; private set; }
    /// <summary>When the overdue sweep announced that no interview had been offered in time (once per episode).</summary>
    public DateTimeOffset? InterviewOverdueAnnouncedAt { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public string RecordedBy { get; private set; } = "";

    /// <summary>
    /// A new episode. Checks the times given (not in the future, within the last two years, a return not before going
    /// missing) and where the young person was found; problems join those in <paramref name="check"/> and all are
    /// reported at once. The return, if given, is recorded by <see cref="Return"/> after <see cref="Recorded"/>.
    /// </summary>
    public static MissingEpisode Record(Guid subjectId, string reportingAgency, DateTimeOffset wentMissingAt, DateTimeOffset? returnedAt, string? whereFound,
        DateTimeOffset now, string recordedBy, InputCheck check)
    {
        check.NotFuture(wentMissingAt, now, "wentMissingAt", "The time the young person went missing")
            .NotFuture(returnedAt, now, "returnedAt", "The time of return")
            .ReturnAfterMissing(wentMissingAt, returnedAt)
            .OptionalText(whereFound, "whereFound", "Where found", 500)
            .ThrowIfInvalid();
        return new MissingEpisode
        {
            Id = Guid.NewGuid(), SubjectId = subjectId, ReportingAgency = reportingAgency, WentMissingAt = wentMissingAt.ToUniversalTime(),
            RecordedAt = now, RecordedBy = recordedBy,
        };
    }

    /// <summary>CONFLICT while this young person is still missing: their return comes before a new episode.</summary>
    public static void RequireNoneOpen(DateTimeOffset? openSince)
    {
        if (openSince is { } since)
            throw DomainException.Conflict($"This young person has been missing since {UkDisplay.Show(since)}. Record their return before a new episode.");
    }

    // Each state change returns the event that announces it, to be published in the same save: recordMissingEpisode and
    // the other mutations, the overdue sweep and the demo data all publish through these, so their events cannot differ.

    /// <summary>The event that announces the episode; <paramref name="returnedAt"/> when it is recorded after the return.</summary>
    public MissingEpisodeRecorded Recorded(DateTimeOffset? returnedAt) => new(Id, SubjectId, ReportingAgency, WentMissingAt, returnedAt?.ToUniversalTime());

    /// <summary>
    /// The young person returned: a return home interview is now due within 72 hours. VALIDATION for a return before
    /// going missing; CONFLICT when the return was already recorded.
    /// </summary>
    public YoungPersonReturned Return(DateTimeOffset returnedAt, string? whereFound)
    {
        new InputCheck().ReturnAfterMissing(WentMissingAt, returnedAt).ThrowIfInvalid();
        if (ReturnedAt is { } r) throw DomainException.Conflict($"This young person's return was already recorded, at {UkDisplay.Show(r)}.");
        ReturnedAt = returnedAt.ToUniversalTime();
        WhereFound = whereFound?.Trim();
        InterviewDueBy = ReturnHomeInterviewRule.DueBy(returnedAt);
        return new(Id, SubjectId, ReportingAgency, WentMissingAt, ReturnedAt.Value, InterviewDueBy.Value);
    }

    /// <summary>
    /// A return home interview was offered, on time when within 72 hours of the return. CONFLICT before a recorded return
    /// or when one was already offered; VALIDATION for an offer before the return.
    /// </summary>
    public ReturnHomeInterviewOffered OfferInterview(string agency, DateTimeOffset offeredAt)
    {
        if (ReturnedAt is not { } returned) throw DomainException.Conflict("The young person has not been recorded as returned; record the return first.");
        if (InterviewOfferedAt is { } offered) throw DomainException.Conflict($"A return home interview was already offered, at {UkDisplay.Show(offered)}.");
        new InputCheck().Require(offeredAt >= returned, "offeredAt", $"The interview cannot be offered before the return ({UkDisplay.Show(returned)}).").ThrowIfInvalid();
        InterviewOfferedAt = offeredAt.ToUniversalTime();
        InterviewOfferedBy = agency;
        InterviewOfferedWithinTime = ReturnHomeInterviewRule.OfferedInTime(returned, offeredAt);
        return new(Id, SubjectId, agency, returned, InterviewOfferedAt.Value, InterviewOfferedWithinTime.Value);
    }

    /// <summary>Announces once that no interview was offered within 72 hours of the return.</summary>
    public ReturnHomeInterviewBecameOverdue AnnounceOverdue(DateTimeOffset now)
    {
        InterviewOverdueAnnouncedAt = now;
        return new(Id, SubjectId, ReturnedAt!.Value, InterviewDueBy!.Value);
    }

    /// <summary>Where the return home interview stands at <paramref name="now"/>.</summary>
    public InterviewStatus InterviewStatusAt(DateTimeOffset now) => this switch
    {
        { ReturnedAt: null } => InterviewStatus.NotReturned,
        { InterviewOfferedWithinTime: true } => InterviewStatus.OfferedOnTime,
        { InterviewOfferedWithinTime: false } => InterviewStatus.OfferedLate,
        _ when ReturnHomeInterviewRule.IsOverdue(ReturnedAt!.Value, null, now) => InterviewStatus.Overdue,
        _ => InterviewStatus.Awaiting,
    };
}
