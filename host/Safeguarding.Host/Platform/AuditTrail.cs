using System.Globalization;
using CsvHelper;

namespace Safeguarding.Host.Platform;

/// <summary>
/// Reading the audit log, which nobody changes. The data protection officer reads all of it, searched by person, user,
/// purpose, date and action, and takes it away as CSV (the export is itself audited). Administrators read only the
/// entries about the partnership's administration (module switches, reference data, the event bus): an entry about a
/// person names a child and why someone looked, and that is the data protection officer's to read.
/// </summary>
public sealed class AuditTrail(PlatformDbContext db, IAuditLog audit)
{
    /// <summary>The most rows one CSV export holds; a search that finds more asks for a narrower one.</summary>
    public const int MaxExportRows = 50_000;

    /// <summary>The entries <paramref name="search"/> finds that <paramref name="reader"/> may read. VALIDATION for a period that ends before it starts.</summary>
    public IQueryable<AuditRecord> Search(AuditSearch search, ClaimsPrincipal reader)
    {
        new InputCheck()
            .Require(search.From is null || search.To is null || search.From <= search.To, "to", "The period must end on or after it starts.")
            .OptionalText(search.PurposeContains, "purposeContains", "The purpose searched for", 200)
            .OptionalText(search.Actor, "actor", "The user", 200)
            .ThrowIfInvalid();
        var q = db.AuditLog.AsNoTracking();
        if (reader.IsDataProtectionOfficer()) { }
        else if (reader.IsAdministrator()) q = q.Where(a => a.SubjectId == null);
        else throw DomainException.Forbidden("The audit log is read by the data protection officer (and, for the partnership's administration, by administrators).");
        if (!string.IsNullOrWhiteSpace(search.SubjectId)) q = q.Where(a => a.SubjectId == search.SubjectId.Trim());
        if (!string.IsNullOrWhiteSpace(search.Actor)) q = q.Where(a => a.Actor == search.Actor.Trim());
        if (!string.IsNullOrWhiteSpace(search.Action)) q = q.Where(a => a.Action == search.Action.Trim());
        if (!string.IsNullOrWhiteSpace(search.PurposeContains))
        {
            var words = search.PurposeContains.Trim().ToLowerInvariant();
            q = q.Where(a => a.Purpose != null && a.Purpose.ToLower().Contains(words));
        }
        if (search.From is { } from)
        {
            var start = UkTime.At(from, TimeOnly.MinValue);
            q = q.Where(a => a.At >= start);
        }
        if (search.To is { } to)
        {
            var end = UkTime.At(to.AddDays(1), TimeOnly.MinValue);
            q = q.Where(a => a.At < end);
        }
        return q;
    }

    /// <summary>
    /// The entries found, newest first, as CSV (UTF-8, a header row, times in UK time with their offset), for the data
    /// protection officer only; the export is audited with what was searched for. VALIDATION when more than
    /// <see cref="MaxExportRows"/> are found.
    /// </summary>
    public async Task<string> CsvAsync(AuditSearch search, ClaimsPrincipal reader, CancellationToken ct)
    {
        if (!reader.IsDataProtectionOfficer()) throw DomainException.Forbidden("The audit log is exported by the data protection officer.");
        var rows = await Search(search, reader).OrderByDescending(a => a.Id).Take(MaxExportRows + 1).ToListAsync(ct);
        if (rows.Count > MaxExportRows)
            throw DomainException.Invalid("from", $"The search finds more than {MaxExportRows:N0} entries: narrow it (a shorter period, a person or a user) to export it.");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // Purposes and details are typed by people: escape anything a spreadsheet would run as a formula.
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture }, true))
        {
            csv.WriteHeader(["at", "actor", "action", "subject_id", "field", "purpose", "module", "allowed", "detail"]);
            foreach (var r in rows)
                csv.WriteRecord([UkTime.ToUk(r.At).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), r.Actor, r.Action, r.SubjectId ?? "",
                    r.Field ?? "", r.Purpose ?? "", r.Module ?? "", r.Allowed ? "true" : "false", r.Detail ?? ""]);
            csv.Flush();
        }
        await audit.RecordAsync(new AuditEntry(reader.Actor(), AuditActions.AuditLogExported, search.SubjectId, Purpose: search.PurposeContains,
            Detail: $"{rows.Count} entries; user {search.Actor ?? "any"}, action {search.Action ?? "any"}, from {search.From?.ToString("yyyy-MM-dd") ?? "the start"} to {search.To?.ToString("yyyy-MM-dd") ?? "today"}"), ct);
        return text.ToString();
    }
}
