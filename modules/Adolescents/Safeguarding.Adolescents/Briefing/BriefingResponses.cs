using Safeguarding.Adolescents.Partners;
using Safeguarding.Adolescents.Persistence;

namespace Safeguarding.Adolescents.Briefing;

/// <summary>Records the responses the partners agree for entries of a published briefing, and that they were done.</summary>
public sealed class BriefingResponses(AdolescentsDbContext db, TimeProvider clock)
{
    public async Task<AgreedResponse> AgreeAsync(AgreeResponseInput input, string agreedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var check = new InputCheck();
        var entryId = check.ParseId(input.EntryId, "entryId", "The briefing entry");
        var named = (input.OwningAgencies ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList();
        var (agencies, unknown) = await PartnerNames.ResolveAsync(db, named, ct);
        AgreedResponse.CheckTerms(check, input.Action, named.Count, unknown, input.DueAt, now);
        var entry = await db.BriefingEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct) ?? throw DomainException.NotFound("briefing entry", entryId);
        AgreedResponse.RequireNoneAgreed(await db.Responses.AnyAsync(r => r.EntryId == entryId, ct));
        var response = AgreedResponse.Agree(entry, input.Action!, agencies, input.DueAt, now, agreedBy);
        db.Responses.Add(response);
        await db.SaveChangesAsync(ct);
        return response;
    }

    public async Task<AgreedResponse> CompleteAsync(string? responseId, string? outcome, string doneBy, CancellationToken ct)
    {
        var check = new InputCheck();
        var id = check.ParseId(responseId, "responseId", "The agreed response");
        check.OptionalText(outcome, "outcome", "The outcome", 2000).ThrowIfInvalid();
        var response = await db.Responses.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw DomainException.NotFound("agreed response", id);
        response.Complete(outcome, clock.GetUtcNow(), doneBy);
        await db.SaveChangesAsync(ct);
        return response;
    }
}
