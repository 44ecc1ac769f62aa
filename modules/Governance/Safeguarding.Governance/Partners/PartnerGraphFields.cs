using GraphQL.Builders;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Partners;

/// <summary>
/// A field that shows the partner a record names by its id (an action's owner, an agency that attended): the record keeps
/// only the id, and the partners of all the records of a level are read from the register at once.
/// </summary>
internal static class PartnerGraphFields
{
    public static FieldBuilder<TSource, object> PartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> partnerId) =>
        type.Field<NonNullGraphType<PartnerGraphType>>(name).LoadsOne(partnerId, PartnersAsync, p => p.Id);

    /// <summary>The partner of a record that may name none; the field is then null.</summary>
    public static FieldBuilder<TSource, object> OptionalPartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid?> partnerId) =>
        type.Field<PartnerGraphType>(name).LoadsOne(partnerId, PartnersAsync, p => p.Id);

    /// <summary>The partners with these ids.</summary>
    public static Task<List<Partner>> PartnersAsync(IReadOnlyList<Guid> ids, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(batch.CancellationToken);
}
