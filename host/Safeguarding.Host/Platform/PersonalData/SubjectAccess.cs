using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// A subject access export: everything held about a person across the registry and every module, from the declarations
/// alone, as one JSON document (the web page prints the same document as HTML). It holds the identity from the registry,
/// each module's rows under any of the person's ids, and the audit trail of who read the person's record (user, when,
/// what, why). Other people's ids and names (relatives, adults in the same incident) are withheld; practitioners and their
/// agencies are shown as recorded. Data protection officer only; the export is itself audited with its purpose.
/// </summary>
public sealed class SubjectAccess(IServiceProvider services, ModuleCatalog catalog, SubjectRegistry registry, PlatformDbContext platform, IAuditLog audit,
    TimeProvider clock)
{
    /// <summary>How the document writes its values: camel case, enums as words, indented for reading.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The export for the person <paramref name="subjectId"/> stands for. FORBIDDEN to anyone but the data protection
    /// officer; VALIDATION without a purpose. For an id that holds nothing (never registered, or disposed of) the document
    /// says so and holds nothing.
    /// </summary>
    public async Task<JsonObject> ExportAsync(SubjectId subjectId, string? purpose, ClaimsPrincipal caller, CancellationToken ct)
    {
        if (!caller.IsDataProtectionOfficer()) throw DomainException.Forbidden("A subject access export is produced by the data protection officer.");
        new InputCheck()
            .Require(!string.IsNullOrWhiteSpace(purpose) && purpose.Trim().Length >= 5, "purpose", "Say why the export is produced (at least 5 characters), e.g. the request's reference.")
            .OptionalText(purpose, "purpose", "The purpose", 500)
            .ThrowIfInvalid();

        var ids = await registry.PersonIdsAsync(subjectId.Value, ct);
        var identity = await platform.Subjects.AnyAsync(s => s.Id == subjectId.Value, ct) ? await registry.PersonIdentityAsync(subjectId.Value, ct) : null;
        var records = new JsonArray();
        foreach (var holder in PersonalDataHolder.All(catalog))
        {
            var db = holder.ContextIn(services);
            foreach (var table in holder.Tables)
            {
                var rows = await PersonalRows.ExportAsync(db, table, ids, ct);
                if (rows.Count == 0) continue;
                records.Add(new JsonObject
                {
                    ["heldBy"] = holder.Name,
                    ["kind"] = table.Kind,
                    ["table"] = db.Model.FindEntityType(table.Entity)!.GetTableName(),
                    ["rows"] = JsonSerializer.SerializeToNode(rows, Json),
                });
            }
        }
        var held = identity is not null || records.Count > 0;
        var idTexts = ids.Select(i => i.ToString("D")).ToList();
        // The trail of a person held nowhere any more names no one, and is not theirs to be given.
        var trail = await platform.AuditLog.AsNoTracking().Where(a => held && a.SubjectId != null && idTexts.Contains(a.SubjectId)).OrderBy(a => a.Id)
            .Select(a => new { a.At, user = a.Actor, a.Action, a.Field, a.Purpose, a.Module, a.Allowed }).ToListAsync(ct);

        var at = clock.GetUtcNow();
        await audit.RecordAsync(new AuditEntry(caller.Actor(), AuditActions.SubjectAccessExported, subjectId.ToString(), Purpose: purpose!.Trim(),
            Detail: $"{records.Sum(r => r!["rows"]!.AsArray().Count)} rows from {records.Select(r => r!["heldBy"]!.GetValue<string>()).Distinct().Count()} holders"), ct);
        return new JsonObject
        {
            ["subjectId"] = subjectId.ToString(),
            ["producedAt"] = at,
            ["producedBy"] = caller.Actor(),
            ["purpose"] = purpose.Trim(),
            ["held"] = held,
            ["ids"] = JsonSerializer.SerializeToNode(held ? ids : new List<Guid>(), Json),
            ["identity"] = identity is null ? null : JsonSerializer.SerializeToNode(identity, Json),
            ["records"] = records,
            ["auditTrail"] = JsonSerializer.SerializeToNode(trail, Json),
            ["withheld"] = $"Other people's ids and names are shown as \"{PersonalRows.OtherPerson}\". Encrypted and hashed columns are left out: the identity above is what they hold.",
        };
    }
}
