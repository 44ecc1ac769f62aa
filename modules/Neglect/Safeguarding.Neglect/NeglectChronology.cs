using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Persistence;
using Safeguarding.Neglect.Workstream;

namespace Safeguarding.Neglect;

/// <summary>Neglect's part of a child's chronology: Graded Care Profile 2 assessments as observed, completed and shared
/// with the family, and child protection plans as they start and end.</summary>
internal sealed class NeglectChronology(NeglectDbContext db) : IChronologySource
{
    public async Task<IReadOnlyList<ChronologyEntry>> EntriesAsync(IReadOnlyCollection<SubjectId> child, CancellationToken ct)
    {
        var ids = child.Select(c => c.Value).ToList();
        var assessments = await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.SubjectId)).ToListAsync(ct);
        var plans = await db.ChildProtectionPlans.AsNoTracking().Where(p => ids.Contains(p.SubjectId)).ToListAsync(ct);
        var entries = new List<ChronologyEntry>();
        foreach (var a in assessments)
        {
            var subject = new SubjectId(a.SubjectId);
            entries.Add(new(UkTime.At(a.ObservedOn, TimeOnly.MinValue), $"{a.TemplateCode} assessment observed (version {a.Version})", a.Agency, a.Practitioner, subject));
            if (a.CompletedOn is { } completed)
                entries.Add(new(UkTime.At(completed, TimeOnly.MinValue), $"{a.TemplateCode} assessment completed", a.Agency, a.Practitioner, subject));
            if (a.SharedWithFamilyOn is { } shared)
                entries.Add(new(UkTime.At(shared, TimeOnly.MinValue), $"{a.TemplateCode} assessment shared with the family", a.Agency, a.Practitioner, subject));
        }
        foreach (var p in plans)
        {
            var subject = new SubjectId(p.SubjectId);
            entries.Add(new(UkTime.At(p.StartedOn, TimeOnly.MinValue), $"Child protection plan started ({Category(p.Category)})", null, null, subject));
            if (p.EndedOn is { } ended)
                entries.Add(new(UkTime.At(ended, TimeOnly.MinValue), $"Child protection plan ended ({Category(p.Category)})", null, null, subject));
        }
        return entries;
    }

    private static string Category(PlanCategory category) => category switch
    {
        PlanCategory.Neglect => "neglect",
        PlanCategory.Physical => "physical abuse",
        PlanCategory.Sexual => "sexual abuse",
        PlanCategory.Emotional => "emotional abuse",
        _ => "multiple categories",
    };
}
