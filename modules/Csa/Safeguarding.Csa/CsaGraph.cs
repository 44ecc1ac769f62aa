using GraphQL;
using Safeguarding.SharedKernel.Auditing;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.Csa;

/// <summary>What the module's resolvers share: who may read aggregates, the caller's agency, subjects and audited reads.</summary>
internal static class CsaGraph
{
    /// <summary>Whole-partnership figures: no child can be told apart in them.</summary>
    public const Access Aggregates = Access.Scrutineer | Access.WorkingGroupMember | Access.Administrator;

    public const string ChronologyRead = "csa.chronology.read";

    public static string Agency(IResolveFieldContext c) =>
        c.User!.FindFirst(PartnershipClaims.Agency)?.Value is { Length: > 0 } agency ? agency : "Unknown agency";

    public static async Task RequireSubjectAsync(IResolveFieldContext c, Guid subjectId)
    {
        if (!await c.Service<ISubjectRegistry>().ExistsAsync(new SubjectId(subjectId), c.CancellationToken))
            throw PartnershipError.NotFound("registered child", subjectId);
    }

    public static Task EnrolAsync(IResolveFieldContext c, Guid subjectId) =>
        c.Service<ISubjectRegistry>().EnrolAsync(new SubjectId(subjectId), CsaModule.ModuleName, c.CancellationToken);

    /// <summary>
    /// Records that the caller read a child's CSA record. Signs and indicators of sexual abuse are special-category data,
    /// so every read is in the audit log, as identity reads are.
    /// </summary>
    public static Task AuditReadAsync(IResolveFieldContext c, Guid subjectId, string field) =>
        c.Service<IAuditLog>().RecordAsync(new AuditEntry(c.User!.Actor(), ChronologyRead, subjectId.ToString(), Field: field, Module: CsaModule.ModuleName), c.CancellationToken);

    /// <summary>A financial year argument, "2023-24".</summary>
    public static InputCheck RequireYear(this InputCheck check, string? year) =>
        check.Require(Workstream.FinancialYearLabel.IsValid(year), "year", $"\"{year}\" is not a financial year: write it like 2024-25.");
}
