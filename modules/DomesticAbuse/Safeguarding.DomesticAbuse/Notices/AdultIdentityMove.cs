using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>
/// Moves into the partnership's registry the names and dates of birth that notices recorded here, in plain text, before
/// the registry held adults: each adult with both is registered (matched to the person held, or new) and the module
/// keeps only the registry id. An adult recorded with a name but no date of birth cannot be told apart from others of
/// that name, so stays until a notice gives the date of birth. Runs at start and hourly while the module is switched on.
/// </summary>
public sealed class AdultIdentityMove(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AdultIdentityMove> logger) : ModuleSweep(scopes, clock, logger)
{
    public const string MovedBy = "Domestic Abuse: adults' identities moved into the registry";
    private const int Batch = 200;


    protected override async Task<int> SweepAsync(IServiceProvider scoped, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<DomesticAbuseDbContext>();
        var registry = scoped.GetRequiredService<ISubjectRegistry>();
        var moved = 0;
        while (true)
        {
            var adults = await db.Adults.Where(a => a.SubjectId == null && a.Name != null && a.DateOfBirth != null).OrderBy(a => a.Id).Take(Batch).ToListAsync(ct);
            if (adults.Count == 0) break;
            foreach (var adult in adults)
            {
                var registration = await registry.RegisterPersonAsync(DomesticAbuseAdult.IdentityOf(adult.Name!, adult.DateOfBirth!.Value, adult.PersonReference),
                    DomesticAbuseModule.ModuleName, MovedBy, ct);
                adult.SubjectId = registration.Subject.Value;
                (adult.Name, adult.DateOfBirth) = (null, null);
                try
                {
                    await db.SaveChangesAsync(ct); // one by one: a run stopped half way leaves no registered adult unlinked
                    moved++;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Another host moved this adult meanwhile; its registration matched the same person by the police
                    // reference, so there is nothing left to do here.
                    db.Entry(adult).State = EntityState.Detached;
                }
            }
            db.ChangeTracker.Clear();
        }
        if (moved > 0) logger.LogInformation("Moved the identities of {Count} adult(s) from notices into the registry", moved);
        return moved;
    }
}
