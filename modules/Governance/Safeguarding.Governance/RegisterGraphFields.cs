using GraphQL.Builders;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance;

/// <summary>
/// Fields that show what a record names by id from Governance's two registers: the partner (an action's owner, an agency
/// that attended) and the board or group (an action's body, a meeting's). The record keeps only the id; the partners or
/// bodies of all the records of a level are read at once.
/// </summary>
internal static class RegisterGraphFields
{
    public static FieldBuilder<TSource, object> PartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> partnerId) =>
        type.Field<NonNullGraphType<PartnerGraphType>>(name).LoadsOne(partnerId, PartnersAsync, p => p.Id);

    /// <summary>The partner of a record that may name none; the field is then null.</summary>
    public static FieldBuilder<TSource, object> OptionalPartnerField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid?> partnerId) =>
        type.Field<PartnerGraphType>(name).LoadsOne(partnerId, PartnersAsync, p => p.Id);

    public static FieldBuilder<TSource, object> BodyField<TSource>(this ObjectGraphType<TSource> type, string name, Func<TSource, Guid> bodyId) =>
        type.Field<NonNullGraphType<PartnershipBodyGraphType>>(name).LoadsOne(bodyId, BodiesAsync, b => b.Id);

    /// <summary>The partners with these ids.</summary>
    public static Task<List<Partner>> PartnersAsync(IReadOnlyList<Guid> ids, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Partners.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(batch.CancellationToken);

    /// <summary>The bodies with these ids.</summary>
    public static Task<List<PartnershipBody>> BodiesAsync(IReadOnlyList<Guid> ids, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Bodies.AsNoTracking().Where(b => ids.Contains(b.Id)).ToListAsync(batch.CancellationToken);
}
