using Safeguarding.Host.Platform.Identity;
using Safeguarding.SharedKernel.Features;

namespace Safeguarding.Host.Platform;

/// <summary>
/// Holds each person's identity once, encrypted at rest, finds the records an arriving identity may be (through keyed
/// hashes of the matcher's blocking keys, so no registry is scanned whole and no key is stored readable), and decides who
/// may read an identity: a practitioner in the working group of a switched-on module that holds data on the person, with
/// a legitimate relationship with them (<see cref="ChildRelationships"/>: allocated, granted by a manager, their agency's
/// open record, or sealed access). Administrators and the scrutineer never. Records confirmed as one child stay, the later one an alias of the earlier:
/// every question about either id is answered for the whole person.
/// </summary>
public sealed class SubjectRegistry(
    PlatformDbContext db, ProtectedIdentities identities, BlockingKeyHasher hasher, HouseholdAddressIndex households, IIdentityMatcher matcher,
    IAuditLog audit, IModuleSwitch switches, ModuleCatalog catalog, ChildRelationships relationships, TimeProvider clock, ILiveUpdates live)
    : ISubjectRegistry
{
    /// <summary>
    /// The most records read and compared for one identity. Blocking keeps the real number to a handful; a key shared by
    /// thousands (a common name in a large city) must not turn a registration into a scan.
    /// </summary>
    public const int MaxCandidateRecords = 200;

    public Task<bool> ExistsAsync(SubjectId id, CancellationToken ct = default) => db.Subjects.AnyAsync(s => s.Id == id.Value, ct);

    public async Task<IReadOnlySet<SubjectId>> RegisteredAmongAsync(IReadOnlyCollection<SubjectId> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new HashSet<SubjectId>();
        var values = ids.Select(i => i.Value).Distinct().ToList();
        var found = await db.Subjects.AsNoTracking().Where(s => values.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        return found.Select(g => new SubjectId(g)).ToHashSet();
    }

    public async Task<SubjectId> RegisterAsync(SubjectIdentity identity, string module, string registeredBy, CancellationToken ct = default) =>
        (await RegisterPersonAsync(identity.Person ?? ProtectedIdentities.FromFirstVersion(identity), module, registeredBy, ct)).Subject;

    /// <summary>
    /// Registers a person in <paramref name="module"/>: the person already held (MATCHED, enrolled in the module), a new
    /// record (NEW), or a new record with a question on the review queue (NEEDS_REVIEW). The practitioner who brings the
    /// person in is allocated to them in the module (they hold the identity already: they gave it, and a match to a person
    /// held needs more than a name and a date of birth). One transaction, with its audit record.
    /// </summary>
    public async Task<SubjectRegistration> RegisterPersonAsync(PersonIdentity identity, string module, string registeredBy, CancellationToken ct = default) =>
        (await RegisterPeopleAsync([identity], module, registeredBy, ct))[0];

    /// <summary>
    /// Registers people who arrive together (the children and adults of an intake) as <see cref="RegisterPersonAsync"/>
    /// would one after the other, a later one matched against what the earlier ones made or added (<see cref="RegistrationBatch"/>),
    /// but in one transaction: their candidates are read with one query for the batch, and the records, their indexes,
    /// enrolments, allocations, review questions and audit records are written in one commit.
    /// </summary>
    public async Task<IReadOnlyList<SubjectRegistration>> RegisterPeopleAsync(IReadOnlyList<PersonIdentity> people, string module, string registeredBy,
        CancellationToken ct = default)
    {
        if (people.Count == 0) return [];
        if (people.Any(p => p.DateOfBirth is null)) throw DomainException.Invalid("dateOfBirth", "The date of birth is required to register a person.");
        var arrivals = new List<Arrival>(people.Count);
        foreach (var person in people)
        {
            var id = Guid.NewGuid();
            // Protected before the transaction: the first use writes the key ring.
            var keys = matcher.BlockingKeys(person);
            arrivals.Add(new Arrival(person, id, await hasher.HashAsync(keys, ct), await hasher.HashAsync(keys.Where(IdentityMatcher.IsDecisiveKey), ct),
                identities.Protect(person), await households.RowsForAsync(id, person, ct)));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var hashes = arrivals.SelectMany(a => a.Hashes).Distinct().ToList();
        await TakeTurnAsync(hashes, ct);
        var batch = await ReadCandidatesAsync(arrivals, ct);
        var now = clock.GetUtcNow();
        var made = new Dictionary<Guid, (Arrival Arrival, SubjectRecord Record)>();
        var rows = new RegistryRows();
        var matched = new HashSet<Guid>();
        var learning = new Dictionary<Guid, Learning>();
        var registrations = new List<SubjectRegistration>(arrivals.Count);
        foreach (var arrival in arrivals)
        {
            var identity = arrival.Person;
            // A record with the same verified NHS number or UPN decides the match whatever the names find (only such a record
            // can be a deterministic match, and it is found under that key): the records found by name are then not opened.
            var byIdentifier = arrival.DecisiveHashes.Count > 0 ? Ranked(identity, batch.Sharing(arrival.DecisiveHashes, MaxCandidateRecords)) : [];
            var found = byIdentifier.Any(f => f.Score.Deterministic) ? byIdentifier : Ranked(identity, batch.Sharing(arrival.Hashes, MaxCandidateRecords));
            var decision = Guarded(identity, matcher.Decide(identity, found.Select(f => f.Candidate).ToList()), found);
            SubjectRegistration registration;
            var added = ""; // what a match added to the record, by kind only: the audit log holds no identity
            if (decision is { Outcome: MatchOutcome.Matched, SubjectId: { } person })
            {
                if (!made.ContainsKey(person)) matched.Add(person);
                var verified = found.FirstOrDefault(f => f.Candidate.SubjectId == person)?.Score is { Deterministic: true };
                var learned = IdentityLearning.Learn(batch.IdentityOf(person), identity, verified);
                IReadOnlyList<string> reasons = decision.Reasons;
                if (learned.Anything)
                {
                    var keys = await hasher.HashAsync(matcher.BlockingKeys(learned.Identity), ct);
                    var homes = await households.RowsForAsync(person, learned.Identity with { Addresses = learned.NewAddresses }, ct);
                    batch.Learned(person, learned.Identity, keys);
                    learning[person] = learning.TryGetValue(person, out var earlier)
                        ? new Learning(learned.Identity, [.. earlier.Keys, .. keys], [.. earlier.Homes, .. homes])
                        : new Learning(learned.Identity, keys, homes);
                    added = $"; added {learned.Summary}";
                    reasons = [.. decision.Reasons, $"The record now also holds {learned.Summary} from this registration."];
                }
                registration = new SubjectRegistration(new SubjectId(person), MatchOutcome.Matched, decision.Score, reasons, null, null);
            }
            else
            {
                var record = new SubjectRecord
                {
                    Id = arrival.Id, ProtectedIdentity = arrival.ProtectedIdentity, RegisteredAt = now, RegisteredBy = registeredBy, KeysHashedAt = now, HouseholdIndexedAt = now,
                };
                rows.Subjects.Add(record);
                rows.Enrolments.Add(new SubjectEnrolment { SubjectId = arrival.Id, Module = module, EnrolledAt = now });
                rows.Allocations.Add(ChildAccess.AllocateRegistrant(arrival.Id, registeredBy, module, now));
                made[arrival.Id] = (arrival, record);
                batch.Added(arrival.Id, identity, arrival.Hashes);
                PossibleDuplicate? review = null;
                if (decision is { Outcome: MatchOutcome.NeedsReview, SubjectId: { } candidate })
                    db.PossibleDuplicates.Add(review = PossibleDuplicate.Raise(arrival.Id, candidate, decision.Score, identities.ProtectReasons(decision.Reasons), module, registeredBy, now));
                registration = review is null
                    ? new SubjectRegistration(new SubjectId(arrival.Id), MatchOutcome.New, decision.Score, decision.Reasons, null, null)
                    : new SubjectRegistration(new SubjectId(arrival.Id), MatchOutcome.NeedsReview, decision.Score, decision.Reasons, new SubjectId(review.CandidateId), review.Id);
            }
            rows.Audit.Add(AuditRecord.Of(new AuditEntry(registeredBy, AuditActions.SubjectRegistered, registration.Subject.ToString(), Module: module,
                Detail: registration.PossibleDuplicateOf is { } c ? $"{registration.Outcome}: may be {c} (score {registration.Score:0.###})"
                    : $"{registration.Outcome} (score {registration.Score:0.###}){added}"), now));
            registrations.Add(registration);
        }
        foreach (var (id, (arrival, record)) in made)
        {
            // A record made here is written as it stands at the end of the batch: with what later arrivals taught it.
            var learned = learning.Remove(id, out var l) ? l : null;
            if (learned is not null) record.ProtectedIdentity = identities.Protect(learned.Identity);
            rows.Keys.AddRange(arrival.Hashes.Concat(learned?.Keys ?? []).Distinct().Select(h => new SubjectKeyHash { SubjectId = id, KeyHash = h }));
            rows.Homes.AddRange(arrival.Stays.Concat(learned?.Homes ?? []).DistinctBy(h => h.AddressHash));
        }
        await EnrolMatchedAsync(matched, module, registeredBy, now, rows, ct);
        await KeepLearnedAsync(learning, ct);
        await rows.InsertAsync(db, ct);
        await db.SaveChangesAsync(ct); // what held records learned, and the review questions
        await transaction.CommitAsync(ct);
        relationships.Forget();
        foreach (var raised in registrations.Where(r => r.ReviewId is not null))
            live.Tell(new ReviewQueueChanged(raised.ReviewId!.Value, DuplicateStatus.Open, raised.Subject.Value, raised.PossibleDuplicateOf!.Value.Value, now));
        return registrations;
    }

    /// <summary>A person arriving for registration, with what can be worked out before the transaction starts.</summary>
    /// <param name="DecisiveHashes">The hashes of the arrival's NHS number and UPN keys (<see cref="IdentityMatcher.IsDecisiveKey"/>), among <paramref name="Hashes"/>.</param>
    private sealed record Arrival(PersonIdentity Person, Guid Id, IReadOnlyList<string> Hashes, IReadOnlyList<string> DecisiveHashes, string ProtectedIdentity,
        IReadOnlyList<HouseholdAddress> Stays);

    /// <summary>
    /// The new rows of a registration batch, written with multi-row inserts (<see cref="BulkInsert"/>: a batch of notices
    /// names more than a thousand people, with a dozen key rows each) in the batch's transaction, records before the rows
    /// that refer to them.
    /// </summary>
    private sealed class RegistryRows
    {
        public List<SubjectRecord> Subjects { get; } = [];
        public List<SubjectKeyHash> Keys { get; } = [];
        public List<HouseholdAddress> Homes { get; } = [];
        public List<SubjectEnrolment> Enrolments { get; } = [];
        public List<ChildAccess> Allocations { get; } = [];
        public List<AuditRecord> Audit { get; } = [];

        public async Task InsertAsync(PlatformDbContext db, CancellationToken ct)
        {
            await db.InsertAllAsync(Subjects, ct);
            await db.InsertAllAsync(Keys, ct);
            await db.InsertAllAsync(Homes, ct);
            await db.InsertAllAsync(Enrolments, ct);
            await db.InsertAllAsync(Allocations, ct);
            await db.InsertAllAsync(Audit, ct);
        }
    }

    /// <summary>What a held record learned from the batch (<see cref="IdentityLearning"/>): its identity now, and the keys and homes it is to be found under.</summary>
    private sealed record Learning(PersonIdentity Identity, IReadOnlyList<string> Keys, IReadOnlyList<HouseholdAddress> Homes);

    /// <summary>The largest number of keys one registration locks one by one; a larger batch takes the registry's lock whole.</summary>
    private const int MaxKeyLocks = 64;

    /// <summary>An advisory lock id of the registry as a whole: held shared by each registration that locks its keys, exclusively by a large batch.</summary>
    private const long RegistryLock = 0x5265_6769_7374_7279; // "Registry"

    /// <summary>
    /// Registrations that could find each other take turns: two practitioners registering the same child at once must
    /// not both make a new record. On SQLite the transaction holds the database's one write lock from its start. On
    /// PostgreSQL a registration locks each of its blocking keys for the transaction, in one order, so that only those
    /// sharing a key wait for each other; a batch with more keys than the lock table should hold locks the registry whole.
    /// </summary>
    private async Task TakeTurnAsync(IReadOnlyList<string> hashes, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql() || hashes.Count == 0) return;
        if (hashes.Count > MaxKeyLocks)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({RegistryLock})", ct);
            return;
        }
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({RegistryLock})", ct);
        // One statement for all the keys; PostgreSQL calls a volatile function of the output list after the sort.
        var keys = hashes.Select(h => BitConverter.ToInt64(Convert.FromBase64String(h))).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(k) FROM unnest({keys}) AS k ORDER BY k", ct);
    }

    /// <summary>
    /// The records a batch needs: those under every arrival's NHS number and UPN keys, then those under the name, date of
    /// birth and address keys only of the arrivals that no record held decides by a verified identifier. Nine children in
    /// ten of a police feed carry an NHS number the registry already holds; the people who share their names in a large
    /// city are then never read. (A record made earlier in the same batch is found by the batch itself.)
    /// </summary>
    private async Task<RegistrationBatch> ReadCandidatesAsync(IReadOnlyList<Arrival> arrivals, CancellationToken ct)
    {
        var decisive = arrivals.SelectMany(a => a.DecisiveHashes).Distinct().ToList();
        if (decisive.Count == 0) return await ReadBatchAsync(arrivals.SelectMany(a => a.Hashes).Distinct().ToList(), ct);
        var batch = await ReadBatchAsync(decisive, ct);
        var rest = arrivals.Where(a => !Ranked(a.Person, batch.Sharing(a.DecisiveHashes, MaxCandidateRecords)).Any(f => f.Score.Deterministic))
            .SelectMany(a => a.Hashes).Except(decisive).ToList();
        if (rest.Count > 0) batch.Include(await ReadBatchAsync(rest, ct));
        return batch;
    }

    /// <summary>
    /// The records held under any of <paramref name="hashes"/> (at most <see cref="MaxCandidateRecords"/> under one key),
    /// with their identities and the people they belong to: one read for a whole batch.
    /// </summary>
    private async Task<RegistrationBatch> ReadBatchAsync(IReadOnlyList<string> hashes, CancellationToken ct)
    {
        // One parameter for the whole list (a batch has thousands of keys), and a key shared by more people than a
        // registration compares (a common name in a large city) read only as far as that.
        var keys = hashes.ToArray();
        var crowded = await db.SubjectKeyHashes.Where(k => EF.Parameter(keys).Contains(k.KeyHash)).GroupBy(k => k.KeyHash)
            .Where(g => g.Count() > MaxCandidateRecords).Select(g => g.Key).ToListAsync(ct);
        var uncrowded = crowded.Count == 0 ? keys : keys.Except(crowded).ToArray();
        var pairs = await db.SubjectKeyHashes.AsNoTracking().Where(k => EF.Parameter(uncrowded).Contains(k.KeyHash))
            .Select(k => new { k.KeyHash, k.SubjectId }).ToListAsync(ct);
        foreach (var key in crowded)
            pairs.AddRange(await db.SubjectKeyHashes.AsNoTracking().Where(k => k.KeyHash == key).OrderBy(k => k.SubjectId).Take(MaxCandidateRecords)
                .Select(k => new { k.KeyHash, k.SubjectId }).ToListAsync(ct));
        var recordsUnder = pairs.GroupBy(p => p.KeyHash).ToDictionary(g => g.Key, g => g.Select(p => p.SubjectId).ToList(), StringComparer.Ordinal);
        var ids = pairs.Select(p => p.SubjectId).Distinct().ToList();
        var records = await db.Subjects.AsNoTracking().Where(s => EF.Parameter(ids).Contains(s.Id)).ToListAsync(ct);
        var rootOf = await RootsAsync(records, ct);
        var missing = rootOf.Values.Distinct().Except(ids).ToList();
        if (missing.Count > 0) records.AddRange(await db.Subjects.AsNoTracking().Where(s => missing.Contains(s.Id)).ToListAsync(ct));
        return new RegistrationBatch(recordsUnder, records.ToDictionary(r => r.Id, r => new Lazy<PersonIdentity>(() => identities.Unprotect(r))), rootOf);
    }

    /// <summary>Enrols the people a batch matched in the module, and allocates the registrant to each, where not already.</summary>
    private async Task EnrolMatchedAsync(IReadOnlyCollection<Guid> people, string module, string registeredBy, DateTimeOffset now, RegistryRows rows, CancellationToken ct)
    {
        if (people.Count == 0) return;
        var ids = people.ToArray();
        var enrolled = await EnrolledAmongAsync(ids, module, ct);
        rows.Enrolments.AddRange(people.Where(p => !enrolled.Contains(p)).Select(p => new SubjectEnrolment { SubjectId = p, Module = module, EnrolledAt = now }));
        var allocated = (await db.ChildAccesses.AsNoTracking().Where(a => EF.Parameter(ids).Contains(a.SubjectId) && a.Practitioner == registeredBy && a.Module == module
                                                                          && a.Kind == ChildAccessKind.Allocated && a.EndedAt == null)
            .Select(a => a.SubjectId).ToListAsync(ct)).ToHashSet();
        rows.Allocations.AddRange(people.Where(p => !allocated.Contains(p)).Select(p => ChildAccess.AllocateRegistrant(p, registeredBy, module, now)));
    }

    /// <summary>
    /// Keeps on each matched person's record what the batch's identities added (<see cref="IdentityLearning"/>): the
    /// identity re-encrypted, and the new blocking keys and household addresses indexed, so that the next notice giving
    /// the new address or the new identifier finds the child, and the household view places them at their new home.
    /// </summary>
    private async Task KeepLearnedAsync(IReadOnlyDictionary<Guid, Learning> learning, CancellationToken ct)
    {
        if (learning.Count == 0) return;
        var ids = learning.Keys.ToList();
        var records = await db.Subjects.Where(s => EF.Parameter(ids).Contains(s.Id)).ToListAsync(ct);
        var held = (await db.SubjectKeyHashes.AsNoTracking().Where(h => EF.Parameter(ids).Contains(h.SubjectId)).Select(h => new { h.SubjectId, h.KeyHash }).ToListAsync(ct))
            .Select(h => (h.SubjectId, h.KeyHash)).ToHashSet();
        var homes = (await db.HouseholdAddresses.AsNoTracking().Where(h => EF.Parameter(ids).Contains(h.SubjectId)).Select(h => new { h.SubjectId, h.AddressHash }).ToListAsync(ct))
            .Select(h => (h.SubjectId, h.AddressHash)).ToHashSet();
        foreach (var record in records)
        {
            var learned = learning[record.Id];
            record.ProtectedIdentity = identities.Protect(learned.Identity);
            record.IdentityVersion = ProtectedIdentities.PersonVersion;
            db.SubjectKeyHashes.AddRange(learned.Keys.Distinct().Where(k => held.Add((record.Id, k))).Select(k => new SubjectKeyHash { SubjectId = record.Id, KeyHash = k }));
            db.HouseholdAddresses.AddRange(learned.Homes.Where(h => homes.Add((record.Id, h.AddressHash))));
        }
    }

    /// <summary>
    /// Names and a date of birth alone never make two records one child without a person deciding: twins share a date of
    /// birth, namesakes share a name. Unless a verified identifier decided it, a match needs something more on the arriving
    /// identity (an address, the council's or the police's reference) or it goes to review.
    /// </summary>
    private static MatchResult Guarded(PersonIdentity identity, MatchResult decision, IReadOnlyList<FoundCandidate> found)
    {
        if (decision is not { Outcome: MatchOutcome.Matched, SubjectId: { } matched }) return decision;
        var pair = found.FirstOrDefault(f => f.Candidate.SubjectId == matched)?.Score;
        if (pair is { Deterministic: true }) return decision;
        var corroborated = identity.Addresses.Count > 0 || !string.IsNullOrWhiteSpace(identity.CouncilPersonId) || !string.IsNullOrWhiteSpace(identity.PolicePersonReference);
        return corroborated ? decision
            : decision with { Outcome = MatchOutcome.NeedsReview, Reasons = [.. decision.Reasons, "Names and a date of birth alone do not confirm the same child: a practitioner decides."] };
    }

    /// <summary>A person the registry holds that an identity may be: the record of theirs most like it, under the id that stands for them.</summary>
    public sealed record FoundCandidate(MatchCandidate Candidate, PairScore Score, IReadOnlyList<Guid> RecordIds);

    /// <summary>
    /// The people who share a blocking key with <paramref name="identity"/>, one candidate each (the id that stands for the
    /// person, with whichever of their records' identities is most like the arriving one), best first.
    /// </summary>
    public async Task<IReadOnlyList<FoundCandidate>> CandidatesAsync(PersonIdentity identity, CancellationToken ct) =>
        await CandidatesAsync(identity, await hasher.HashAsync(matcher.BlockingKeys(identity), ct), ct);

    private async Task<IReadOnlyList<FoundCandidate>> CandidatesAsync(PersonIdentity identity, IReadOnlyList<string> hashes, CancellationToken ct)
    {
        if (hashes.Count == 0) return [];
        var recordIds = await db.SubjectKeyHashes.AsNoTracking().Where(k => hashes.Contains(k.KeyHash)).Select(k => k.SubjectId).Distinct()
            .Take(MaxCandidateRecords).ToListAsync(ct);
        if (recordIds.Count == 0) return [];
        var records = await db.Subjects.AsNoTracking().Where(s => recordIds.Contains(s.Id)).ToListAsync(ct);
        var roots = await RootsAsync(records, ct);
        return Ranked(identity, records.Select(r => (roots[r.Id], r.Id, identities.Unprotect(r))));
    }

    /// <summary>The people <paramref name="records"/> belong to, one candidate each (with whichever of their records is most like <paramref name="identity"/>), best first.</summary>
    private List<FoundCandidate> Ranked(PersonIdentity identity, IEnumerable<(Guid Root, Guid Record, PersonIdentity Identity)> records) =>
        records
            .Select(r => (r.Root, r.Record, r.Identity, Score: matcher.Compare(identity, r.Identity)))
            .GroupBy(r => r.Root)
            .Select(g =>
            {
                var best = g.OrderByDescending(r => r.Score.Probability).First();
                return new FoundCandidate(new MatchCandidate(g.Key, best.Identity), best.Score, g.Select(r => r.Record).ToList());
            })
            .OrderByDescending(f => f.Score.Probability)
            .ToList();

    /// <summary>The id that stands for the person each record belongs to (itself unless merged into another).</summary>
    private async Task<Dictionary<Guid, Guid>> RootsAsync(IReadOnlyList<SubjectRecord> records, CancellationToken ct)
    {
        var parent = records.ToDictionary(r => r.Id, r => r.MergedInto);
        var unknown = parent.Values.OfType<Guid>().Where(p => !parent.ContainsKey(p)).ToHashSet();
        while (unknown.Count > 0)
        {
            var more = await db.Subjects.AsNoTracking().Where(s => unknown.Contains(s.Id)).Select(s => new { s.Id, s.MergedInto }).ToListAsync(ct);
            foreach (var m in more) parent[m.Id] = m.MergedInto;
            foreach (var missing in unknown.Where(u => !parent.ContainsKey(u))) parent[missing] = null;
            unknown = more.Select(m => m.MergedInto).OfType<Guid>().Where(p => !parent.ContainsKey(p)).ToHashSet();
        }
        Guid Root(Guid id)
        {
            while (parent.GetValueOrDefault(id) is { } next) id = next;
            return id;
        }
        return records.ToDictionary(r => r.Id, r => Root(r.Id));
    }

    /// <summary>The id that stands for the person <paramref name="id"/> belongs to; NOT_FOUND when no record has the id.</summary>
    public async Task<SubjectRecord> PersonRecordAsync(Guid id, CancellationToken ct)
    {
        var record = await db.Subjects.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw DomainException.NotFound("subject", id);
        while (record.MergedInto is { } next)
            record = await db.Subjects.FirstOrDefaultAsync(s => s.Id == next, ct) ?? throw new InvalidOperationException($"Subject {record.Id} is merged into {next}, which is not held.");
        return record;
    }

    public async Task<IReadOnlyList<SubjectId>> IdsOfPersonAsync(SubjectId id, CancellationToken ct = default)
    {
        if (!await ExistsAsync(id, ct)) return [];
        var root = await PersonRecordAsync(id.Value, ct);
        var ids = new List<Guid> { root.Id };
        for (var level = ids.ToList(); level.Count > 0;)
        {
            level = await db.Subjects.AsNoTracking().Where(s => s.MergedInto != null && level.Contains(s.MergedInto.Value)).OrderBy(s => s.RegisteredAt).Select(s => s.Id).ToListAsync(ct);
            ids.AddRange(level);
        }
        return ids.Select(i => new SubjectId(i)).ToList();
    }

    public Task EnrolAsync(SubjectId id, string module, CancellationToken ct = default) => EnrolAllAsync([id], module, ct);

    public async Task EnrolAllAsync(IReadOnlyCollection<SubjectId> ids, string module, CancellationToken ct = default)
    {
        if (ids.Count == 0) return;
        var values = ids.Select(i => i.Value).Distinct().ToList();
        for (var attempt = 1; ; attempt++)
        {
            var enrolled = await EnrolledAmongAsync(values, module, ct);
            var now = clock.GetUtcNow();
            db.Enrolments.AddRange(values.Where(v => !enrolled.Contains(v)).Select(v => new SubjectEnrolment { SubjectId = v, Module = module, EnrolledAt = now }));
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException e) when (attempt < 3 && BulkInsert.IsWriteConflict(e))
            {
                // Another request enrolled some of them meanwhile (its rows are as good as ours): read again and add the rest.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Which of <paramref name="ids"/> are enrolled in <paramref name="module"/> already; one parameter for the list.</summary>
    private async Task<HashSet<Guid>> EnrolledAmongAsync(IReadOnlyList<Guid> ids, string module, CancellationToken ct) =>
        (await db.Enrolments.AsNoTracking().Where(e => e.Module == module && EF.Parameter(ids).Contains(e.SubjectId)).Select(e => e.SubjectId).ToListAsync(ct))
        .ToHashSet();

    public async Task<IReadOnlyList<string>> ModulesHoldingAsync(SubjectId id, CancellationToken ct = default) =>
        await ModulesHoldingAsync((await IdsOfPersonAsync(id, ct)).Select(i => i.Value).ToList(), ct);

    /// <summary>The modules holding data under any of these ids, with the ids each holds them under.</summary>
    public async Task<IReadOnlyList<string>> ModulesHoldingAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.SubjectId)).Select(e => e.Module).Distinct().OrderBy(m => m).ToListAsync(ct);

    /// <summary>Which ids of a person a module holds data under (enrolled), oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> HeldUnderAsync(IReadOnlyCollection<Guid> personIds, string module, CancellationToken ct) =>
        await db.Enrolments.AsNoTracking().Where(e => e.Module == module && personIds.Contains(e.SubjectId)).OrderBy(e => e.EnrolledAt).Select(e => e.SubjectId).ToListAsync(ct);

    /// <summary>
    /// The module through which <paramref name="caller"/> may see who a person is: one that holds data under any of the
    /// person's ids, whose working group the caller is in, and that is switched on, when the caller also has a legitimate
    /// relationship with the person. Null when there is none.
    /// </summary>
    public async Task<string?> EntitlingModuleAsync(IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller, CancellationToken ct) =>
        (await AccessAsync(personIds, caller, ct)).Module;

    /// <summary>
    /// What opens the person to <paramref name="caller"/>: the module through which their working group may (see
    /// <see cref="GroupEntitlingAsync"/>) and the relationship that makes it legitimate; both null when neither. The
    /// module is given only with a relationship.
    /// </summary>
    public async Task<(string? Module, ChildRelationship? Relationship, bool InGroup)> AccessAsync(IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller,
        CancellationToken ct)
    {
        var group = await GroupEntitlingAsync(personIds, caller, ct);
        if (group is null) return (null, null, false);
        var relationship = await relationships.CurrentAsync(personIds, caller, ct);
        return relationship is null ? (null, null, true) : (group, relationship, true);
    }

    /// <summary>
    /// The first module that holds data on the person, whose working group the caller is in and that is switched on,
    /// whatever the caller's relationship with the person: where sealed access may be opened. Null when there is none.
    /// </summary>
    public async Task<string?> GroupEntitlingAsync(IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller, CancellationToken ct)
    {
        foreach (var module in await ModulesHoldingAsync(personIds, ct))
            if (await EntitlesAsync(module, caller, ct)) return module;
        return null;
    }

    /// <summary>
    /// Of the modules <paramref name="holding"/> data on a person (<paramref name="personIds"/>), all those through which
    /// <paramref name="caller"/> may see who they are (<see cref="EntitlingModuleAsync"/> gives the first), in the order
    /// given; none without a legitimate relationship with the person.
    /// </summary>
    public async Task<IReadOnlyList<string>> EntitlingAmongAsync(IReadOnlyList<string> holding, IReadOnlyCollection<Guid> personIds, ClaimsPrincipal caller,
        CancellationToken ct)
    {
        var entitling = new List<string>();
        foreach (var module in holding)
            if (await EntitlesAsync(module, caller, ct)) entitling.Add(module);
        if (entitling.Count == 0 || await relationships.CurrentAsync(personIds, caller, ct) is null) return [];
        return entitling;
    }

    /// <summary>
    /// The child <paramref name="id"/> for <paramref name="caller"/>, who must have business with them
    /// (<see cref="IsKnownToAsync"/>): NOT_FOUND otherwise, in the same words as for an id no record has. A refusal for a
    /// child the registry holds is audited, so the data protection officer sees who looks up children not theirs.
    /// </summary>
    public async Task<SubjectId> LookUpAsync(SubjectId id, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (await IsKnownToAsync(id, caller, ct)) return id;
        if (await ExistsAsync(id, ct))
            await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectLookupRefused, id.ToString(),
                Detail: "Refused: no working group of the caller's holds the child and the caller has no relationship with them.", Allowed: false), ct);
        throw DomainException.NotFound("subject", id.Value);
    }

    /// <summary>
    /// Whether <paramref name="caller"/> has any business with the child <paramref name="id"/>: a working group of theirs
    /// holds a record on them (in a module on or off), or they have a legitimate relationship with them. False for an id
    /// no record has, so that the two answers cannot be told apart: a lookup by id never says whether someone else's id
    /// is a registered child.
    /// </summary>
    public async Task<bool> IsKnownToAsync(SubjectId id, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (!caller.IsPractitioner()) return false;
        var person = (await IdsOfPersonAsync(id, ct)).Select(i => i.Value).ToList();
        if (person.Count == 0) return false;
        var groups = caller.WorkingGroups();
        return (await ModulesHoldingAsync(person, ct)).Any(m => groups.Contains(catalog.Find(m)?.WorkingGroup ?? m))
               || await relationships.CurrentAsync(person, caller, ct) is not null;
    }

    /// <summary>A module holding data on a person entitles a practitioner in its working group to see who they are, while it is switched on.</summary>
    private async Task<bool> EntitlesAsync(string module, ClaimsPrincipal caller, CancellationToken ct) =>
        caller.IsPractitioner() && caller.WorkingGroups().Contains(module) && await switches.IsEnabledAsync(catalog.Find(module)?.FeatureFlag ?? module, ct);

    public async Task<SubjectIdentity> ReadIdentityAsync(SubjectId id, ClaimsPrincipal caller, string field, string purpose, CancellationToken ct = default)
    {
        if (!await ExistsAsync(id, ct)) throw PartnershipError.NotFound("subject", id);
        var person = await IdsOfPersonAsync(id, ct);
        var (grantedBy, relationship, inGroup) = await AccessAsync(person.Select(p => p.Value).ToList(), caller, ct);
        var refusal = grantedBy is not null ? null
            : inGroup ? "Refused: the caller has no legitimate relationship with this child."
            : "Refused: the caller is not in a working group that holds data on this child.";

        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.IdentityRead, id.ToString(), field, purpose, grantedBy,
            refusal ?? relationship!.AuditMark, Allowed: grantedBy is not null), ct);

        if (grantedBy is null)
            throw DomainException.Forbidden(inGroup ? ChildAccessRecords.NoRelationshipMessage
                : "You can see who a child is only as a member of a working group that holds data on them.");
        return ProtectedIdentities.AsSubjectIdentity(identities.Unprotect(await PersonRecordAsync(id.Value, ct)));
    }

    /// <summary>The identity held under the id that stands for the person; for callers that have checked entitlement and audit the read.</summary>
    public async Task<PersonIdentity> PersonIdentityAsync(Guid id, CancellationToken ct) => identities.Unprotect(await PersonRecordAsync(id, ct));

    /// <summary>
    /// Indexes the records registered before the registry's indexes existed, a batch at a time: the blocking keys of
    /// those registered before keys were hashed, the addresses of those registered before households were known. Each
    /// is then found like every other record.
    /// </summary>
    public async Task<int> IndexUnhashedAsync(CancellationToken ct)
    {
        const int batch = 500;
        var indexed = 0;
        while (true)
        {
            var records = await db.Subjects.Where(s => s.KeysHashedAt == null || s.HouseholdIndexedAt == null).OrderBy(s => s.Id).Take(batch).ToListAsync(ct);
            if (records.Count == 0) return indexed;
            var now = clock.GetUtcNow();
            foreach (var record in records)
            {
                var identity = identities.Unprotect(record);
                if (record.KeysHashedAt is null)
                {
                    var hashes = await hasher.HashAsync(matcher.BlockingKeys(identity), ct);
                    db.SubjectKeyHashes.AddRange(hashes.Select(h => new SubjectKeyHash { SubjectId = record.Id, KeyHash = h }));
                    record.KeysHashedAt = now;
                }
                if (record.HouseholdIndexedAt is null)
                {
                    db.HouseholdAddresses.AddRange(await households.RowsForAsync(record.Id, identity, ct));
                    record.HouseholdIndexedAt = now;
                }
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (BulkInsert.IsWriteConflict(e))
            {
                return indexed; // another instance starting at the same time is indexing them
            }
            db.ChangeTracker.Clear();
            indexed += records.Count;
        }
    }
}
