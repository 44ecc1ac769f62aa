using Safeguarding.DomesticAbuse.Calendar;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.Governance.Contracts.Agencies;

namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>
/// Stores Public Protection Notices, idempotently on the police reference. A batch is checked notice by notice: a bad
/// notice is reported and the others are stored. Existing references, adults, children already known and their
/// settings are each read with one query for the whole batch; the stored notices, their Operation Encompass
/// notifications and their events are written with multi-row inserts (<see cref="BulkInsert"/>) in one transaction.
/// Children named by identity, and adults named with a name and a date of birth, are matched against (or registered in)
/// the partnership's registry first; this module keeps only their registry ids and the police's references.
/// </summary>
public sealed class NoticeIntake(DomesticAbuseDbContext db, ISubjectRegistry registry, TimeProvider clock, SchoolCalendars calendars)
{
    public const int MaxBatch = 1000;
    public const int MaxChildren = 20;
    public const int MaxAdults = 10;
    public const int MaxReferenceLength = 50;
    public const string DefaultReportingAgency = "Devon and Cornwall Police";

    private sealed record Adult(AdultRole Role, string PersonReference, string? Name, DateOnly? DateOfBirth);
    private sealed record Draft(int Index, string Reference, string Agency, DateTimeOffset IncidentAt, string Area, Guid[] Children, Adult[] Adults, PersonIdentity[] Identities);

    /// <summary>
    /// One notice: stored, or reported as a duplicate of the notice stored for its reference. A notice that cannot be
    /// stored fails with VALIDATION naming each of its problems, as any other invalid request.
    /// </summary>
    public async Task<IntakeResult> RecordOneAsync(ProtectionNoticeInput input, string recordedBy, CancellationToken ct)
    {
        var result = (await RecordAsync([input], recordedBy, ct)).Single();
        if (result.Outcome == IntakeOutcome.Rejected)
            throw new DomainException(ErrorCodes.Validation,
                result.Problems.Count == 1 ? result.Problems[0].Message : "Some details need correcting: " + string.Join(" ", result.Problems.Select(p => p.Message)), result.Problems);
        return result;
    }

    /// <summary>A batch of 1 to <see cref="MaxBatch"/> notices as police systems send them: each is stored, a duplicate, or rejected with its problems.</summary>
    public async Task<IntakeBatch> RecordBatchAsync(IReadOnlyList<ProtectionNoticeInput?> notices, string recordedBy, CancellationToken ct)
    {
        new InputCheck().Require(notices.Count is > 0 and <= MaxBatch, "notices", $"Send between 1 and {MaxBatch} notices in a batch ({notices.Count} were sent).").ThrowIfInvalid();
        return new IntakeBatch(await RecordAsync(notices, recordedBy, ct));
    }

    public async Task<IReadOnlyList<IntakeResult>> RecordAsync(IReadOnlyList<ProtectionNoticeInput?> inputs, string recordedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var results = new IntakeResult?[inputs.Count];
        var drafts = new List<Draft>();
        var firstOfReference = new Dictionary<string, Draft>(StringComparer.Ordinal);
        var agencies = await PartnershipAgencies.LoadAsync(db.Agencies, ct);
        for (var i = 0; i < inputs.Count; i++)
        {
            var (draft, problems) = Check(i, inputs[i], now, agencies);
            if (draft is null) results[i] = new IntakeResult(i, ReportedReference(inputs[i]?.PoliceReference), IntakeOutcome.Rejected, null, 0, problems);
            else if (firstOfReference.ContainsKey(draft.Reference)) results[i] = new IntakeResult(i, draft.Reference, IntakeOutcome.Duplicate, null, 0, []);
            else { firstOfReference[draft.Reference] = draft; drafts.Add(draft); }
        }

        // Children this module already holds data on were registered when first stored; only new ones are asked about.
        var childIds = drafts.SelectMany(d => d.Children).Distinct().ToList();
        var known = (await db.NoticeChildren.AsNoTracking().Where(c => childIds.Contains(c.SubjectId)).Select(c => c.SubjectId).Distinct().ToListAsync(ct)).ToHashSet();
        known.UnionWith(await db.ChildSettings.AsNoTracking().Where(c => childIds.Contains(c.SubjectId)).Select(c => c.SubjectId).ToListAsync(ct));
        var asked = childIds.Where(id => !known.Contains(id)).Select(id => new SubjectId(id)).ToList();
        var registered = await registry.RegisteredAmongAsync(asked, ct);
        var unregistered = asked.Where(id => !registered.Contains(id)).Select(id => id.Value).ToHashSet();
        foreach (var draft in drafts.ToList())
        {
            var problems = draft.Children.Select((c, k) => (c, k)).Where(x => unregistered.Contains(x.c))
                .Select(x => new FieldProblem($"children[{x.k}]", $"No registered child has the id {x.c}: register the child first (registerSubject).")).ToList();
            if (problems.Count == 0) continue;
            results[draft.Index] = new IntakeResult(draft.Index, draft.Reference, IntakeOutcome.Rejected, null, 0, problems);
            drafts.Remove(draft);
            firstOfReference.Remove(draft.Reference); // a later copy of a rejected notice is a duplicate of nothing stored
        }

        // People are matched only for notices not stored before, so a batch sent again registers nobody twice.
        var naming = drafts.Where(d => d.Identities.Length > 0 || d.Adults.Any(a => a.Name is not null)).Select(d => d.Reference).ToList();
        var storedBefore = naming.Count == 0 ? []
            : (await db.Notices.AsNoTracking().Where(n => naming.Contains(n.PoliceReference)).Select(n => n.PoliceReference).ToListAsync(ct)).ToHashSet();
        var (matches, adultMatches, adultSubjects) = await RegisterPeopleAsync(drafts, storedBefore, recordedBy, ct);

        var settingOf = await SettingsOfAsync(drafts.SelectMany(d => d.Children).Distinct().ToList(), ct);
        // Each notification is due at the start of the next school day of the child's setting: its own holidays and the city's.
        // Without a setting there is no notification, and no calendar to read.
        var calendar = settingOf.Count == 0 ? null
            : await calendars.FromAsync(drafts.Min(d => DateOnly.FromDateTime(UkTime.ToUk(d.IncidentAt).DateTime)), ct);
        List<Draft> stored;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                stored = await StoreAsync(drafts, results, settingOf, adultSubjects, calendar, recordedBy, now, ct);
                break;
            }
            catch (Exception e) when (BulkInsert.IsWriteConflict(e))
            {
                // Another transaction stored one of these references (or a new adult) first, or the database ended this
                // one to break a deadlock; it rolled back. Read again and store the rest; after three tries the caller is
                // told to send the batch again.
                db.ChangeTracker.Clear();
                if (attempt == 3) throw DomainException.Conflict("Another intake was storing the same notices or adults at the same time. Send the batch again: notices already stored are reported as duplicates.");
            }
        }
        await registry.EnrolAllAsync(stored.SelectMany(d => d.Children).Distinct().Where(c => !known.Contains(c)).Select(c => new SubjectId(c)).ToList(),
            DomesticAbuseModule.ModuleName, ct);
        foreach (var (index, matched) in matches) results[index] = results[index]! with { ChildMatches = matched };
        foreach (var (index, matched) in adultMatches) results[index] = results[index]! with { AdultMatches = matched };
        return results.Select(r => r!).ToList();
    }

    /// <summary>
    /// Matches the people the batch's new notices name to the people the partnership holds, or registers them (uncertain
    /// ones with a question on the review queue), in one registration for the whole batch. Each child named by identity
    /// joins its notice's children. Each adult named with a name and a date of birth who is not yet known here by their
    /// police reference is linked to their registry id: this module then keeps only the reference and the id. A child
    /// or an adult named twice in a batch is registered once.
    /// </summary>
    private async Task<(Dictionary<int, IReadOnlyList<IntakePersonMatch>> Children, Dictionary<int, IReadOnlyList<IntakePersonMatch>> Adults, Dictionary<string, Guid> SubjectOf)>
        RegisterPeopleAsync(List<Draft> drafts, IReadOnlySet<string> storedBefore, string recordedBy, CancellationToken ct)
    {
        var fresh = drafts.Select((d, i) => (Draft: d, Position: i)).Where(x => !storedBefore.Contains(x.Draft.Reference)).ToList();
        var named = fresh.SelectMany(x => x.Draft.Adults).Where(a => a.Name is not null).Select(a => a.PersonReference).Distinct().ToList();
        var subjectOf = named.Count == 0 ? new Dictionary<string, Guid>(StringComparer.Ordinal)
            : await db.Adults.AsNoTracking().Where(a => named.Contains(a.PersonReference) && a.SubjectId != null)
                .ToDictionaryAsync(a => a.PersonReference, a => a.SubjectId!.Value, StringComparer.Ordinal, ct);

        // One identity per person: a child by the identity as written, an adult by their police reference.
        var people = new List<PersonIdentity>();
        var personOf = new Dictionary<string, int>(StringComparer.Ordinal);
        int PersonFor(string key, PersonIdentity identity)
        {
            if (personOf.TryGetValue(key, out var person)) return person;
            people.Add(identity);
            return personOf[key] = people.Count - 1;
        }
        var children = fresh.Select(x => x.Draft.Identities.Select(i => PersonFor("child|" + SameIdentity(i), i)).ToList()).ToList();
        var adults = fresh.Select(x => x.Draft.Adults.Select(a => a is { Name: { } name, DateOfBirth: { } born } && !subjectOf.ContainsKey(a.PersonReference)
            ? PersonFor("adult|" + a.PersonReference, DomesticAbuseAdult.IdentityOf(name, born, a.PersonReference)) : -1).ToList()).ToList();
        var registrations = await registry.RegisterPeopleAsync(people, DomesticAbuseModule.ModuleName, recordedBy, ct);

        var childMatches = new Dictionary<int, IReadOnlyList<IntakePersonMatch>>();
        var adultMatches = new Dictionary<int, IReadOnlyList<IntakePersonMatch>>();
        var reported = new HashSet<int>();
        for (var n = 0; n < fresh.Count; n++)
        {
            var (draft, position) = fresh[n];
            if (children[n].Count > 0)
            {
                var ids = draft.Children.ToList();
                ids.AddRange(children[n].Select(p => registrations[p].Subject.Value).Where(id => !draft.Children.Contains(id)).Distinct().ToList());
                drafts[position] = draft with { Children = [.. ids] };
                childMatches[draft.Index] = children[n].Select((p, k) => Match($"childIdentities[{k}]", registrations[p])).ToList();
            }
            // An adult's registration is reported on the first notice that names them.
            var matched = adults[n].Select((p, k) => (Person: p, Field: $"adults[{k}]")).Where(a => a.Person >= 0 && reported.Add(a.Person))
                .Select(a => Match(a.Field, registrations[a.Person])).ToList();
            if (matched.Count > 0) adultMatches[draft.Index] = matched;
        }
        foreach (var (key, person) in personOf.Where(p => p.Key.StartsWith("adult|", StringComparison.Ordinal)))
            subjectOf[key["adult|".Length..]] = registrations[person].Subject.Value;
        return (childMatches, adultMatches, subjectOf);
    }

    private static IntakePersonMatch Match(string field, SubjectRegistration r) => new(field, r.Subject.Value, r.Outcome, r.Score, r.Reasons, r.ReviewId);

    /// <summary>The same identity, written the same way twice in a batch (letter case and spacing aside), is one child.</summary>
    private static string SameIdentity(PersonIdentity p) => string.Join('|',
        p.GivenNames.ToUpperInvariant(), p.FamilyName.ToUpperInvariant(), p.DateOfBirth, p.Sex, p.NhsNumber, p.UniquePupilNumber, p.CouncilPersonId, p.PolicePersonReference,
        string.Join(',', p.OtherNames.Select(o => o.ToUpperInvariant())), string.Join(',', p.Addresses.Select(a => $"{a.Line?.ToUpperInvariant()}/{a.Postcode}/{a.From}/{a.To}")));

    /// <summary>
    /// In one transaction: marks the batch's notices already stored as duplicates, and writes the rest, their children
    /// and adults, their Operation Encompass notifications and all their events with multi-row inserts (a batch is
    /// several thousand rows). Intakes take turns (<see cref="BulkInsert.TakeTurnAsync"/>), so the reads see every notice
    /// and adult committed before; a notice stored meanwhile by other code still fails the unique index, and is retried.
    /// </summary>
    private async Task<List<Draft>> StoreAsync(List<Draft> drafts, IntakeResult?[] results, IReadOnlyDictionary<Guid, (Guid Id, string Name)> settingOf,
        IReadOnlyDictionary<string, Guid> adultSubjects, SchoolCalendar? calendar, string recordedBy, DateTimeOffset now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.TakeTurnAsync("protection-notice-intake", ct);
        var references = drafts.Select(d => d.Reference).ToList();
        var existing = await db.Notices.AsNoTracking().Where(n => references.Contains(n.PoliceReference)).ToDictionaryAsync(n => n.PoliceReference, n => n.Id, ct);
        foreach (var d in drafts.Where(d => existing.ContainsKey(d.Reference)))
            results[d.Index] = new IntakeResult(d.Index, d.Reference, IntakeOutcome.Duplicate, existing[d.Reference], 0, []);
        // Later copies of a reference within the batch point at the notice stored for it.
        var toStore = drafts.Where(d => !existing.ContainsKey(d.Reference)).ToList();

        var personReferences = toStore.SelectMany(d => d.Adults.Select(a => a.PersonReference)).Distinct().ToList();
        // Adults already known are tracked, so that one this batch registered is linked to the registry with it.
        var adults = await db.Adults.Where(a => personReferences.Contains(a.PersonReference)).ToDictionaryAsync(a => a.PersonReference, ct);
        var notices = new List<ProtectionNotice>(toStore.Count);
        var children = new List<NoticeChild>();
        var newAdults = new List<DomesticAbuseAdult>();
        var noticeAdults = new List<NoticeAdult>();
        var notifications = new List<EncompassNotification>();
        var events = new List<IntegrationEvent>(toStore.Count * 2);

        // Time-ordered ids (version 7): each batch's rows go to the end of the id indexes instead of all over them.
        var noticeIdOf = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var d in toStore)
        {
            var notice = new ProtectionNotice
            {
                Id = Guid.CreateVersion7(), PoliceReference = d.Reference, ReportingAgency = d.Agency, IncidentAt = d.IncidentAt, LocationArea = d.Area,
                ReceivedAt = now, RecordedBy = recordedBy, ChildCount = d.Children.Length,
            };
            notices.Add(notice);
            noticeIdOf[d.Reference] = notice.Id;
            foreach (var child in d.Children)
                children.Add(new NoticeChild { Id = Guid.CreateVersion7(), NoticeId = notice.Id, SubjectId = child, IncidentAt = d.IncidentAt });
            foreach (var a in d.Adults)
            {
                if (!adults.TryGetValue(a.PersonReference, out var adult))
                {
                    adults[a.PersonReference] = adult = new DomesticAbuseAdult { Id = Guid.CreateVersion7(), PersonReference = a.PersonReference };
                    newAdults.Add(adult);
                }
                if (adult.SubjectId is null && adultSubjects.TryGetValue(a.PersonReference, out var person))
                {
                    adult.SubjectId = person;
                    (adult.Name, adult.DateOfBirth) = (null, null); // held by the registry now, encrypted
                }
                noticeAdults.Add(new NoticeAdult { Id = Guid.CreateVersion7(), NoticeId = notice.Id, AdultId = adult.Id, Role = a.Role, IncidentAt = d.IncidentAt });
            }
            events.Add(new ProtectionNoticeReceived(notice.Id, notice.PoliceReference, notice.ReportingAgency, notice.IncidentAt, notice.LocationArea, notice.ChildCount) { OccurredAt = now });

            var sent = 0;
            foreach (var child in d.Children)
            {
                if (!settingOf.TryGetValue(child, out var setting)) continue;
                var deadline = calendar!.NextSchoolDayStart(d.IncidentAt, setting.Id); // read whenever a child has a setting
                var notification = new EncompassNotification
                {
                    Id = Guid.CreateVersion7(), NoticeId = notice.Id, SubjectId = child, SettingId = setting.Id, SettingName = setting.Name,
                    IncidentAt = d.IncidentAt, SentAt = now, DeadlineAt = deadline,
                };
                notifications.Add(notification);
                events.Add(new EncompassNotificationSent(notification.Id, notice.Id, setting.Id, setting.Name, now, deadline) { OccurredAt = now });
                sent++;
            }
            results[d.Index] = new IntakeResult(d.Index, d.Reference, IntakeOutcome.Stored, notice.Id, sent, []);
        }
        for (var i = 0; i < results.Length; i++)
            if (results[i] is { Outcome: IntakeOutcome.Duplicate, PoliceReference: { } reference } r)
                results[i] = r with { NoticeId = noticeIdOf.TryGetValue(reference, out var id) || existing.TryGetValue(reference, out id) ? id : null };

        await db.SaveChangesAsync(ct); // known adults now linked to the registry
        await db.InsertAllAsync(notices, ct);
        await db.InsertAllAsync(newAdults, ct);
        await db.InsertAllAsync(children, ct);
        await db.InsertAllAsync(noticeAdults, ct);
        await db.InsertAllAsync(notifications, ct);
        await db.PublishAllAsync(events, ct);
        await transaction.CommitAsync(ct);
        return toStore;
    }

    /// <summary>The subscribed setting each child attends; children at unsubscribed settings, or at none, get no notification.</summary>
    private async Task<IReadOnlyDictionary<Guid, (Guid Id, string Name)>> SettingsOfAsync(List<Guid> children, CancellationToken ct)
    {
        var links = await db.ChildSettings.AsNoTracking().Where(c => children.Contains(c.SubjectId)).ToListAsync(ct);
        if (links.Count == 0) return new Dictionary<Guid, (Guid, string)>();
        var subscribed = await db.Settings.AsNoTracking().Where(s => s.SubscribedToEncompass && s.RetiredOn == null).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return links.Where(l => subscribed.ContainsKey(l.SettingId)).ToDictionary(l => l.SubjectId, l => (l.SettingId, subscribed[l.SettingId]));
    }

    private (Draft? Draft, IReadOnlyList<FieldProblem> Problems) Check(int index, ProtectionNoticeInput? input, DateTimeOffset now, PartnershipAgencies agencies)
    {
        if (input is null) return (null, [new FieldProblem("notice", "The notice is empty.")]);
        var check = new InputCheck();
        var reference = Clean(input.PoliceReference);
        check.RequireText(reference, "policeReference", "The police reference", MaxReferenceLength)
            .OptionalText(input.ReportingAgency, "reportingAgency", "The reporting agency", 200);
        // The agency must be one of the partnership's: the scrutineer's figures are broken down by it.
        var agency = check.HasProblemWith("reportingAgency") ? null
            : agencies.Resolve(string.IsNullOrWhiteSpace(input.ReportingAgency) ? DefaultReportingAgency : input.ReportingAgency, check, "reportingAgency", "The reporting agency");
        check.RequireText(input.LocationArea, "locationArea", "The location area", 100);
        if (input.IncidentAt is not { } incidentAt) check.Require(false, "incidentAt", "The date and time of the incident is required.");
        else if (incidentAt > now) check.Require(false, "incidentAt", "The incident cannot be in the future.");
        else if (incidentAt < now.AddYears(-2)) check.Require(false, "incidentAt", "The incident must be within the last two years.");

        var childTexts = input.Children ?? [];
        var identityInputs = input.ChildIdentities ?? [];
        check.Require(childTexts.Count + identityInputs.Count > 0, "children",
                "Name at least one child present at or affected by the incident: their subject ids (children) or who they are (childIdentities).")
            .Require(childTexts.Count + identityInputs.Count <= MaxChildren, "children", $"A notice names at most {MaxChildren} children.");
        var children = new List<Guid>();
        for (var k = 0; k < childTexts.Count && k < MaxChildren; k++)
        {
            var id = check.ParseId(childTexts[k], $"children[{k}]", "The child's subject id");
            if (id == Guid.Empty) continue;
            check.Require(!children.Contains(id), $"children[{k}]", "Each child once only.");
            children.Add(id);
        }

        var identities = new List<PersonIdentity>();
        var today = UkTime.DateOf(now);
        for (var k = 0; k < identityInputs.Count && k < MaxChildren; k++)
        {
            if (identityInputs[k] is not { } named) check.Require(false, $"childIdentities[{k}]", "The child's identity is empty.");
            else if (named.ToIdentity(check, today, $"childIdentities[{k}].") is { } identity) identities.Add(identity);
        }

        var adultInputs = input.Adults ?? [];
        check.Require(adultInputs.Count <= MaxAdults, "adults", $"A notice names at most {MaxAdults} adults.");
        var adults = new List<Adult>();
        for (var k = 0; k < adultInputs.Count && k < MaxAdults; k++)
        {
            var a = adultInputs[k];
            var person = Clean(a?.PersonReference);
            check.Require(a?.Role is not null, $"adults[{k}].role", "Say whether the adult is the victim or the person causing harm.")
                .RequireText(person, $"adults[{k}].personReference", "The adult's police person reference", MaxReferenceLength)
                .OptionalText(a?.Name, $"adults[{k}].name", "The adult's name", 200)
                .Require(a?.DateOfBirth is null || a.DateOfBirth < DateOnly.FromDateTime(now.UtcDateTime), $"adults[{k}].dateOfBirth", "The date of birth must be in the past.")
                .Require(string.IsNullOrWhiteSpace(a?.Name) || a.DateOfBirth is not null, $"adults[{k}].dateOfBirth",
                    "Give the adult's date of birth with their name: the partnership's registry tells people of one name apart by it. Or send the police person reference alone.");
            // A batch is checked here, notice by notice, rather than by the host's range check on the whole request.
            if (a?.DateOfBirth is { } born) check.RequireRecordable(born, $"adults[{k}].dateOfBirth");
            if (a?.Role is { } role && !string.IsNullOrEmpty(person))
                adults.Add(new Adult(role, person, string.IsNullOrWhiteSpace(a.Name) ? null : a.Name.Trim(), a.DateOfBirth));
        }

        if (check.HasProblems) return (null, check.Problems);
        return (new Draft(index, reference!, agency!, input.IncidentAt!.Value.ToUniversalTime(), input.LocationArea!.Trim(), [.. children], [.. adults], [.. identities]), []);
    }

    /// <summary>The reference a rejected notice is reported under: as sent, unless too long to be one (then it is not repeated back).</summary>
    private static string? ReportedReference(string? reference) => Clean(reference) is { Length: <= MaxReferenceLength } cleaned ? cleaned : null;

    private static string? Clean(string? reference) => string.IsNullOrWhiteSpace(reference) ? null : reference.Trim().ToUpperInvariant();
}
