using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Tests.Architecture.Fixtures;

/// <summary>A database with a table keyed by a child's subject id and no declaration of it, on purpose, so the rule can be seen to fail.</summary>
public sealed class UndeclaredNotesContext() : DbContext(new DbContextOptionsBuilder<UndeclaredNotesContext>().UseSqlite("Data Source=:memory:").Options)
{
    public DbSet<NoteAboutAChild> Notes => Set<NoteAboutAChild>();
}

/// <summary>A note about a child that no declaration names.</summary>
public sealed class NoteAboutAChild
{
    public Guid Id { get; set; }
    public Guid SubjectId { get; set; }
    public string Note { get; set; } = "";
}
