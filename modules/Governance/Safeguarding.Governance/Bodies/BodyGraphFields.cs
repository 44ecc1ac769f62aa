using GraphQL.Builders;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

/// <summary>
/// A field that shows the board or group a record belongs to (an action's body, a meeting's): the record keeps only the
/// id, and the bodies of all the records of a level are read at once.
/// </summary>
internal static class BodyGraphFields
{
    public static FieldBuilder<TSource, object> BodyField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> bodyId) =>
        type.Field<NonNullGraphType<PartnershipBodyGraphType>>(name).LoadsOne(bodyId, BodiesAsync, b => b.Id);

    /// <summary>The bodies with these ids.</summary>
    public static Task<List<PartnershipBody>> BodiesAsync(IReadOnlyList<Guid> ids, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(batch.CancellationToken);
}
