using GraphQL.Builders;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Partners;

/// <summary>
/// A field that shows the partner a record names by its id (an action's owner, an agency that attended): the record keeps
/// only the id, and the partner is read from the register when the field is asked for.
/// </summary>
internal static class PartnerGraphFields
{
    public static FieldBuilder<TSource, object> PartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> partnerId) =>
        type.Field<NonNullGraphType<PartnerGraphType>>(name)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([partnerId(c.Source)], c.CancellationToken));

    /// <summary>The partner of a record that may name none; the field is then null.</summary>
    public static FieldBuilder<TSource, object> OptionalPartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid?> partnerId) =>
        type.Field<PartnerGraphType>(name)
            .ResolveAsync(async c => partnerId(c.Source) is { } id
                ? (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([id], c.CancellationToken)
                : null);
}
