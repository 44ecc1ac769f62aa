using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The graph type of a record, derived from the record itself: each public property becomes a field named in camel
/// case, typed and made optional or required from its C# declaration (a <see cref="Guid"/> is an <c>ID</c>). The graph
/// type names and describes the type, describes the fields that need a word, leaves out what the API does not show, and
/// adds by hand only the fields that are computed or named differently. Methods of the record are never fields.
/// </summary>
public abstract class RecordGraphType<TRecord> : AutoRegisteringObjectGraphType<TRecord>
{
    protected RecordGraphType(string name, string? description, params Expression<Func<TRecord, object?>>[] leftOut)
        : base(leftOut!)
    {
        Name = name;
        Description = description;
    }

    /// <summary>Gives the field derived from <paramref name="property"/> a description.</summary>
    protected FieldType Describe(Expression<Func<TRecord, object?>> property, string description) =>
        RecordFields.Describe(DerivedField(property), description);

    /// <summary>The field may be empty although its C# type always holds a value.</summary>
    protected FieldType Optional(Expression<Func<TRecord, object?>> property) => RecordFields.Optional(DerivedField(property));

    /// <summary>The list derived from <paramref name="property"/> holds about <paramref name="rows"/> rows (see <see cref="ListCost"/>).</summary>
    protected FieldType Rows(Expression<Func<TRecord, object?>> property, int rows) =>
        DerivedField(property).WithComplexityImpact(1, rows);

    /// <summary>
    /// The instant derived from <paramref name="property"/> (held in UTC) is shown as UK wall-clock time, the offset
    /// saying GMT or BST, as the partnership reads it.
    /// </summary>
    protected FieldType InUkTime(Expression<Func<TRecord, object?>> property)
    {
        var field = DerivedField(property);
        var read = property.Compile();
        field.Resolver = new FuncFieldResolver<TRecord, object?>(c => read(c.Source) is DateTimeOffset instant ? UkTime.ToUk(instant) : null);
        return field;
    }

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() => base.GetRegisteredMembers().OfType<PropertyInfo>();

    protected override FieldType CreateField(MemberInfo memberInfo) =>
        RecordFields.DescribedFromDocumentation(base.CreateField(memberInfo), memberInfo);

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo) =>
        RecordFields.IdentifiersAsIds(base.GetTypeInformation(memberInfo));

    /// <summary>The field shows its record with <typeparamref name="TGraphType"/>, the graph type the module gives that record.</summary>
    protected FieldType ShownAs<TGraphType>(Expression<Func<TRecord, object?>> property) where TGraphType : IGraphType =>
        RecordFields.ShownAs(DerivedField(property), typeof(TGraphType));

    /// <summary>The list shows its records with <typeparamref name="TGraphType"/> and holds about <paramref name="rows"/> of them (see <see cref="Rows"/>).</summary>
    protected FieldType ShownAs<TGraphType>(Expression<Func<TRecord, object?>> property, int rows) where TGraphType : IGraphType =>
        ShownAs<TGraphType>(property).WithComplexityImpact(1, rows);

    private FieldType DerivedField(Expression<Func<TRecord, object?>> property) => RecordFields.Derived(this, property);
}
