namespace Safeguarding.Host.Platform.Sharing;

/// <summary>
/// Whether a reader is shown one module's part of a child: if not, the note saying why (the same whatever the module
/// holds); if so, what made the read legitimate for the audit log, and the basis the part carries.
/// </summary>
public sealed record ChildPart(bool Shown, string? Note, string? AuditMark, SharingBasisRecord? Basis)
{
    public static ChildPart Withheld(string note) => new(false, note, null, null);
}
