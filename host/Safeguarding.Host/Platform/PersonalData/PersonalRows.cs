using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>
/// What the platform does to a declared table, read from the declaration and the DbContext's model alone, so that no
/// module writes any of it: a person's rows as values, their disposal, and the dates of everyone's activity.
/// </summary>
public static class PersonalRows
{
    /// <summary>How a subject access export shows another person's id or name.</summary>
    public const string OtherPerson = "[another person: withheld]";

    /// <summary>The person's rows (under any of <paramref name="ids"/>), each column by name, another person's ids and names withheld.</summary>
    public static Task<List<Dictionary<string, object?>>> ExportAsync(DbContext db, PersonalTable table, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (Task<List<Dictionary<string, object?>>>)Generic(nameof(ExportOfAsync), table).Invoke(null, [db, table, ids, ct])!;

    /// <summary>
    /// Marks the person's rows for disposal in <paramref name="db"/> (saved by the caller, once for the database): deleted, or
    /// anonymised with each id replaced by its new id in <paramref name="newIds"/>. Returns how many rows.
    /// </summary>
    public static Task<int> DisposeAsync(DbContext db, PersonalTable table, IReadOnlyDictionary<Guid, Guid> newIds, CancellationToken ct) =>
        (Task<int>)Generic(nameof(DisposeOfAsync), table).Invoke(null, [db, table, newIds, ct])!;

    /// <summary>Every row's person and the UK day of its activity (the registration day where the table has no date column).</summary>
    public static Task<List<(Guid Person, DateOnly? On)>> ActivityAsync(DbContext db, PersonalTable table, CancellationToken ct) =>
        (Task<List<(Guid, DateOnly?)>>)Generic(nameof(ActivityOfAsync), table).Invoke(null, [db, table, ct])!;

    private static MethodInfo Generic(string name, PersonalTable table) =>
        typeof(PersonalRows).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(table.Entity);

    private static async Task<List<Dictionary<string, object?>>> ExportOfAsync<T>(DbContext db, PersonalTable table, IReadOnlyCollection<Guid> ids, CancellationToken ct)
        where T : class
    {
        var entity = EntityOf<T>(db);
        var query = db.Set<T>().AsNoTracking().AsSplitQuery().Where(KeyIn<T>(entity, table.PersonKey, ids));
        foreach (var path in BelongingPaths(entity, "", depth: 2)) query = query.Include(path);
        var rows = await query.ToListAsync(ct);
        return rows.Select(row => Values(entity, row, table, ids)).ToList();
    }

    /// <summary>A row's columns by name, with the rows that belong to it (an assessment's grades) under their navigation's name.</summary>
    private static Dictionary<string, object?> Values(IEntityType entity, object row, PersonalTable table, IReadOnlyCollection<Guid> ids)
    {
        var values = entity.GetProperties().Where(p => !p.IsShadowProperty() && !table.Withheld.Contains(p.Name))
            .ToDictionary(p => p.Name, p => Shown(table, p.Name, ValueOf(p, row), ids));
        foreach (var navigation in Belonging(entity))
        {
            var value = navigation.PropertyInfo?.GetValue(row);
            values[navigation.Name] = value switch
            {
                null => null,
                System.Collections.IEnumerable many => many.Cast<object>().Select(r => Values(navigation.TargetEntityType, r, table, ids)).ToList(),
                _ => Values(navigation.TargetEntityType, value, table, ids),
            };
        }
        return values;
    }

    /// <summary>The navigations from a row to the rows that belong to it (it is their principal).</summary>
    private static IEnumerable<INavigation> Belonging(IEntityType entity) => entity.GetNavigations().Where(n => !n.IsOnDependent && n.PropertyInfo is not null);

    private static IEnumerable<string> BelongingPaths(IEntityType entity, string prefix, int depth) =>
        depth == 0 ? [] : Belonging(entity).SelectMany(n => BelongingPaths(n.TargetEntityType, $"{prefix}{n.Name}.", depth - 1).Prepend(prefix + n.Name));

    private static async Task<int> DisposeOfAsync<T>(DbContext db, PersonalTable table, IReadOnlyDictionary<Guid, Guid> newIds, CancellationToken ct)
        where T : class
    {
        var entity = EntityOf<T>(db);
        var rows = await db.Set<T>().Where(KeyIn<T>(entity, table.PersonKey, newIds.Keys)).ToListAsync(ct);
        foreach (var row in rows)
        {
            if (table.Disposal == Disposal.Delete)
            {
                db.Remove(row);
                continue;
            }
            var entry = db.Entry(row);
            var key = entry.Property(table.PersonKey);
            var newId = newIds[(Guid)key.CurrentValue!];
            key.CurrentValue = newId;
            foreach (var column in table.FreeText) entry.Property(column).CurrentValue = Blank(entity.FindProperty(column)!);
            foreach (var column in table.Pseudonymised) entry.Property(column).CurrentValue = newId.ToString("D");
            foreach (var within in table.DependentFreeText.GroupBy(c => c[..c.IndexOf('.')], c => c[(c.IndexOf('.') + 1)..]))
            {
                var belonging = entry.Collection(within.Key);
                await belonging.LoadAsync(ct);
                foreach (var dependent in belonging.CurrentValue?.Cast<object>() ?? [])
                {
                    var dependentEntry = db.Entry(dependent);
                    foreach (var column in within) dependentEntry.Property(column).CurrentValue = Blank(dependentEntry.Metadata.FindProperty(column)!);
                }
            }
        }
        return rows.Count;
    }

    private static async Task<List<(Guid, DateOnly?)>> ActivityOfAsync<T>(DbContext db, PersonalTable table, CancellationToken ct) where T : class
    {
        var entity = EntityOf<T>(db);
        var e = Expression.Parameter(typeof(T), "e");
        Expression[] columns = table.DatedBy is { } dated
            ? [Boxed(Column(e, entity, table.PersonKey)), Boxed(Column(e, entity, dated))]
            : [Boxed(Column(e, entity, table.PersonKey))];
        var select = Expression.Lambda<Func<T, object?[]>>(Expression.NewArrayInit(typeof(object), columns), e);
        var rows = await db.Set<T>().AsNoTracking().Select(select).ToListAsync(ct);
        return rows.Where(r => r[0] is Guid).Select(r => ((Guid)r[0]!, r.Length > 1 ? DayOf(r[1]) : null)).ToList();
    }

    /// <summary>The UK day a date column's value falls on.</summary>
    public static DateOnly? DayOf(object? value) => value switch
    {
        DateOnly day => day,
        DateTimeOffset instant => UkTime.DateOf(instant),
        DateTime time => DateOnly.FromDateTime(time),
        _ => null,
    };

    private static IEntityType EntityOf<T>(DbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is declared as personal data but is not in {db.GetType().Name}.");

    private static Expression Column(ParameterExpression e, IEntityType entity, string name)
    {
        var property = entity.FindProperty(name) ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no column {name}.");
        return Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], e, Expression.Constant(name));
    }

    private static Expression Boxed(Expression value) => Expression.Convert(value, typeof(object));

    /// <summary>The rows whose <paramref name="key"/> is one of <paramref name="ids"/> (a Guid or a nullable Guid column).</summary>
    private static Expression<Func<T, bool>> KeyIn<T>(IEntityType entity, string key, IEnumerable<Guid> ids)
    {
        var e = Expression.Parameter(typeof(T), "e");
        var column = Column(e, entity, key);
        object list = column.Type == typeof(Guid) ? ids.ToList() : ids.Select(id => (Guid?)id).ToList();
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [column.Type], Expression.Constant(list), column);
        return Expression.Lambda<Func<T, bool>>(contains, e);
    }

    private static object? ValueOf(IProperty property, object row) =>
        property.PropertyInfo is { } info ? info.GetValue(row) : property.FieldInfo?.GetValue(row);

    private static object? Shown(PersonalTable table, string column, object? value, IReadOnlyCollection<Guid> ids) =>
        !table.OtherPeople.Contains(column) || value is null || value is Guid id && ids.Contains(id) ? value : OtherPerson;

    private static object? Blank(IProperty property) =>
        property.IsNullable ? null
        : property.ClrType == typeof(string) ? ""
        : throw new InvalidOperationException($"{property.DeclaringType.ClrType.Name}.{property.Name} cannot be blanked: only text or a column that may be empty can.");
}
