using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// Every row a module stores carries a version, and an update only succeeds against the version it was read at. Two
/// requests that read the same record and both change it (two acknowledgements of one notification, two decisions on
/// one review, two completions of one action) can no longer both succeed: the second one's UPDATE matches no row,
/// EF Core throws <see cref="DbUpdateConcurrencyException"/>, its transaction rolls back, and the request is answered
/// CONFLICT (<see cref="WriteConflicts"/>). The rule holds for every entity a module has or will add, without anyone
/// remembering to ask for it. The version is a shadow property: entities do not see it.
/// </summary>
public static class RowVersions
{
    public const string PropertyName = "RowVersion";

    /// <summary>Gives every entity type in the model, but those named, a version that updates must match.</summary>
    public static void AddToEveryEntity(ModelBuilder modelBuilder, params Type[] except)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            if (entity.IsOwned() || entity.BaseType is not null || entity.FindPrimaryKey() is null || except.Contains(entity.ClrType)) continue;
            modelBuilder.Entity(entity.ClrType).Property<int>(PropertyName).IsConcurrencyToken();
        }
    }

    /// <summary>Whether the property is the version this convention adds.</summary>
    public static bool IsRowVersion(IReadOnlyProperty property) => property.Name == PropertyName && property.IsShadowProperty() && property.IsConcurrencyToken;

    /// <summary>
    /// Moves the version of every changed row on by one, before the changes are saved: the UPDATE then says
    /// <c>WHERE RowVersion = (the version read)</c> and sets the next one.
    /// </summary>
    public static void Advance(ChangeTracker changes)
    {
        foreach (var entry in changes.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(PropertyName) is not { } property || !IsRowVersion(property)) continue;
            var version = entry.Property(PropertyName);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }
}
