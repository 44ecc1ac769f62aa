using Microsoft.EntityFrameworkCore;
using Safeguarding.DomesticAbuse.Persistence;

namespace Safeguarding.DomesticAbuse.Notices;

/// <summary>How stored notices are read back: with their children (subject ids) and adults.</summary>
public static class ProtectionNotices
{
    public static IQueryable<ProtectionNotice> WithPeople(DomesticAbuseDbContext db) =>
        db.Notices.AsNoTracking().Include(n => n.Children).Include(n => n.Adults).AsSplitQuery();
}
