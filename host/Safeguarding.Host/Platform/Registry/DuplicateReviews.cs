namespace Safeguarding.Host.Platform.Registry;

/// <summary>
/// The review queue of possible duplicates and its decisions. A possible duplicate is for the practitioners whose working
/// groups hold data on either record: they confirm the same child (merge), keep the records apart, or separate a merge
/// found to be wrong. Merging makes the later record an alias of the earlier, so no module re-keys anything and separating
/// restores both exactly. Every decision is audited. A merge and its separation are published as integration events
/// (<see cref="SubjectsMerged"/>, <see cref="SubjectsSeparated"/>) in the same transaction, through the platform's outbox,
/// for the modules whose rules count across a person's records.
/// </summary>
public sealed class DuplicateReviews(PlatformDbContext db, SubjectRegistry registry, Households households, ProtectedIdentities identities, IAuditLog audit,
    TimeProvider clock, OutboxSignal signal, ILiveUpdates live)
{
    public const int MinReasonLength = 5;

    /// <summary>The queue's order: oldest first, then by id, so that a cursor names one place in it.</summary>
    private static readonly ListOrder<PossibleDuplicate> QueueOrder = ListOrder<PossibleDuplicate>.Ascending(r => r.RaisedAt).ThenAscending(r => r.Id);

    /// <summary>
    /// A page of the possible duplicates in <paramref name="status"/> that <paramref name="caller"/> may decide, oldest
    /// first. Which questions a practitioner may see depends on the records' working groups and on decisions taken since
    /// (an open question whose records were merged or kept apart another way is gone), so the queue is worked out in
    /// code, paged with the same cursors as any list, and the modules holding each record are read for the page's rows only.
    /// </summary>
    public async Task<Page<DuplicateView>> QueueAsync(ClaimsPrincipal caller, DuplicateStatus status, PageRequest request, CancellationToken ct)
    {
        if (!caller.IsPractitioner()) throw DomainException.Forbidden("Possible duplicates are for practitioners whose working groups hold data on the records.");
        var reviews = await db.PossibleDuplicates.AsNoTracking().Where(r => r.Status == status).ToListAsync(ct);
        var visible = new List<PossibleDuplicate>();
        foreach (var review in reviews)
        {
            var subject = await PersonIdsAsync(review.SubjectId, ct);
            var candidate = await PersonIdsAsync(review.CandidateId, ct);
            if (status == DuplicateStatus.Open && (subject[0] == candidate[0] || await KeptApartAsync(subject, candidate, ct))) continue; // already decided another way
            if (await registry.EntitlingModuleAsync([.. subject, .. candidate], caller, ct) is null) continue;
            visible.Add(review);
        }
        var page = await visible.AsQueryable().PageAsync(request, QueueOrder, ct);
        var views = new Dictionary<Guid, DuplicateView>();
        foreach (var row in page.Rows) views[row.Item.Id] = await ViewOfAsync(row.Item, ct);
        return page.Select(review => views[review.Id]);
    }

    /// <summary>Whether <paramref name="caller"/> may see a question about these two records: the queue's own rule.</summary>
    public async Task<bool> MaySeeAsync(Guid subjectId, Guid candidateId, ClaimsPrincipal caller, CancellationToken ct) =>
        caller.IsPractitioner()
        && await registry.EntitlingModuleAsync([.. await PersonIdsAsync(subjectId, ct), .. await PersonIdsAsync(candidateId, ct)], caller, ct) is not null;

    /// <summary>Confirms the two records are one child: the later is merged into the earlier. Audited.</summary>
    public async Task<SubjectMerge> ConfirmSameChildAsync(Guid reviewId, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var (review, text) = await DecidableAsync(reviewId, reason, caller, ct);
        var first = await registry.PersonRecordAsync(review.SubjectId, ct);
        var second = await registry.PersonRecordAsync(review.CandidateId, ct);
        if (first.Id == second.Id) throw DomainException.Conflict("These records are already one child.");
        var (firstIds, secondIds) = (await PersonIdsAsync(first.Id, ct), await PersonIdsAsync(second.Id, ct));
        if (await KeptApartAsync(firstIds, secondIds, ct))
            throw DomainException.Conflict("A practitioner has already decided that these are different children.");
        if (await households.RelatedAsync(firstIds, secondIds, ct))
            throw DomainException.Conflict("These records are recorded as related to each other (siblings, say): they are two people. Keep them apart, or end the relationship first if it was recorded in error.");
        var now = clock.GetUtcNow();
        var merge = SubjectMerge.Of(first, second, review.Id, caller.Actor(), text, now);
        review.Confirm(merge, caller.Actor(), text, now);
        db.SubjectMerges.Add(merge);
        db.Publish(new SubjectsMerged(merge.Id, merge.SurvivorId, merge.AbsorbedId) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        signal.Published(typeof(PlatformEvents));
        Told(review, now);
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectsMerged, merge.SurvivorId.ToString(), Purpose: text,
            Detail: $"Merged {merge.AbsorbedId} into {merge.SurvivorId} (possible duplicate {review.Id})"), ct);
        return merge;
    }

    /// <summary>Records that the two records are different children; the pair is not offered again. Audited.</summary>
    public async Task<DuplicateView> KeepApartAsync(Guid reviewId, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var (review, text) = await DecidableAsync(reviewId, reason, caller, ct);
        review.KeepApart(caller.Actor(), text, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        Told(review, clock.GetUtcNow());
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectsKeptApart, review.SubjectId.ToString(), Purpose: text,
            Detail: $"Kept {review.SubjectId} apart from {review.CandidateId} (possible duplicate {review.Id})"), ct);
        return await ViewOfAsync(review, ct);
    }

    /// <summary>Tells the clients listening to the queue that the question now stands in its status.</summary>
    private void Told(PossibleDuplicate review, DateTimeOffset at) =>
        live.Tell(new ReviewQueueChanged(review.Id, review.Status, review.SubjectId, review.CandidateId, at));

    /// <summary>The question as the queue shows it: its reasons in words, and the modules holding data on each record.</summary>
    private async Task<DuplicateView> ViewOfAsync(PossibleDuplicate review, CancellationToken ct) =>
        new(review, identities.UnprotectReasons(review.ProtectedReasons),
            await registry.ModulesHoldingAsync(await PersonIdsAsync(review.SubjectId, ct), ct), await registry.ModulesHoldingAsync(await PersonIdsAsync(review.CandidateId, ct), ct));

    /// <summary>Undoes a merge: each record is again a child of its own, with everything every module holds under it. Audited.</summary>
    public async Task<SubjectMerge> SeparateAsync(Guid mergeId, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var text = RequireReason(reason, "Say why these records are different children.");
        var merge = await db.SubjectMerges.FirstOrDefaultAsync(m => m.Id == mergeId, ct) ?? throw DomainException.NotFound("merge", mergeId);
        if (await registry.EntitlingModuleAsync(await PersonIdsAsync(merge.SurvivorId, ct), caller, ct) is null
            && await registry.EntitlingModuleAsync(await PersonIdsAsync(merge.AbsorbedId, ct), caller, ct) is null)
            throw DomainException.Forbidden("Only practitioners whose working groups hold data on this child may separate their records.");
        var absorbed = await db.Subjects.SingleAsync(s => s.Id == merge.AbsorbedId, ct);
        var now = clock.GetUtcNow();
        merge.Separate(absorbed, caller.Actor(), text, now);
        var review = merge.ReviewId is { } reviewId ? await db.PossibleDuplicates.FirstOrDefaultAsync(r => r.Id == reviewId, ct) : null;
        review?.Separated();
        db.Publish(new SubjectsSeparated(merge.Id, merge.SurvivorId, merge.AbsorbedId) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        signal.Published(typeof(PlatformEvents));
        if (review is not null) Told(review, now);
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectsSeparated, merge.SurvivorId.ToString(), Purpose: text,
            Detail: $"Separated {merge.AbsorbedId} from {merge.SurvivorId} (merge {merge.Id})"), ct);
        return merge;
    }

    private async Task<(PossibleDuplicate Review, string Reason)> DecidableAsync(Guid reviewId, string? reason, ClaimsPrincipal caller, CancellationToken ct)
    {
        var text = RequireReason(reason, "Say why you decided, for the record.");
        var review = await db.PossibleDuplicates.FirstOrDefaultAsync(r => r.Id == reviewId, ct) ?? throw DomainException.NotFound("possible duplicate", reviewId);
        var ids = (await PersonIdsAsync(review.SubjectId, ct)).Concat(await PersonIdsAsync(review.CandidateId, ct)).Distinct().ToList();
        if (await registry.EntitlingModuleAsync(ids, caller, ct) is null)
            throw DomainException.Forbidden("Only practitioners whose working groups hold data on one of these records may decide whether they are the same child.");
        return (review, text);
    }

    private static string RequireReason(string? reason, string message)
    {
        new InputCheck()
            .Require(!string.IsNullOrWhiteSpace(reason) && reason.Trim().Length >= MinReasonLength, "reason", $"{message} (at least {MinReasonLength} characters)")
            .OptionalText(reason, "reason", "The reason", PossibleDuplicate.MaxReasonLength)
            .ThrowIfInvalid();
        return reason!.Trim();
    }

    private async Task<IReadOnlyList<Guid>> PersonIdsAsync(Guid id, CancellationToken ct) =>
        (await registry.IdsOfPersonAsync(new SubjectId(id), ct)).Select(i => i.Value).ToList();

    /// <summary>Whether a practitioner decided that any record of one person and any record of the other are different children.</summary>
    private Task<bool> KeptApartAsync(IReadOnlyList<Guid> one, IReadOnlyList<Guid> other, CancellationToken ct) =>
        db.PossibleDuplicates.AnyAsync(r => (r.Status == DuplicateStatus.KeptApart || r.Status == DuplicateStatus.Separated)
            && ((one.Contains(r.SubjectId) && other.Contains(r.CandidateId)) || (other.Contains(r.SubjectId) && one.Contains(r.CandidateId))), ct);
}
