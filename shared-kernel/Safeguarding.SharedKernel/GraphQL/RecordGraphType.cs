using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Safeguarding.SharedKernel.Disclosure;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The graph type of a record, derived from the record itself: each public property becomes a field named in camel
/// case, typed and made optional or required from its C# declaration (a <see cref="Guid"/> is an <c>ID</c>). The graph
/// type names and describes the type, describes the fields that need a word, leaves out what the API does not show, and
/// adds by hand only the fields that are computed or named differently. Methods of the record are never fields.
/// A figure held as <see cref="Disclosed{T}"/> is a nullable number in the API, and the type gains <c>suppressed</c>,
/// naming the fields withheld as small numbers, so that a withheld count is never mistaken for none.
/// </summary>
public abstract class RecordGraphType<TRecord> : AutoRegisteringObjectGraphType<TRecord>
{
    /// <summary>The name of the field that lists the fields withheld as small numbers.</summary>
    public const string SuppressedField = "suppressed";

    // Filled while the base constructor derives the fields (field initialisers run before it).
    private readonly List<(string Field, Func<TRecord, bool> IsWithheld)> _withheld = [];

    protected RecordGraphType(string name, string? description, params Expression<Func<TRecord, object?>>[] leftOut)
        : base(leftOut!)
    {
        Name = name;
        Description = description ?? DocumentationComments.OfRecord(typeof(TRecord));
        if (_withheld.Count > 0) AddSuppressedField();
    }

    /// <summary>
    /// The field derived from <paramref name="property"/> is withheld as a small number when <paramref name="isWithheld"/>
    /// says so (its value is then null): for a record that keeps a plain number and says apart whether it was withheld.
    /// </summary>
    protected FieldType Withheld(Expression<Func<TRecord, object?>> property, Func<TRecord, bool> isWithheld)
    {
        var field = RecordFields.Optional(DerivedField(property));
        _withheld.Add((field.Name.ToCamelCase(), isWithheld));
        if (GetField(SuppressedField) is null) AddSuppressedField();
        return field;
    }

    private void AddSuppressedField()
    {
        if (GetField(SuppressedField) is not null)
            throw new InvalidOperationException($"{Name} has a field named {SuppressedField} of its own: leave it out, it is derived from the figures withheld.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>(SuppressedField)
            .Description("The fields of this object withheld as small numbers, whose value is null: counts of people below the partnership's threshold "
                         + "(smallNumberRule), and figures from which one could be worked out. Empty when nothing is withheld.")
            .Resolve(c => _withheld.Where(w => w.IsWithheld(c.Source)).Select(w => w.Field).ToList());
    }

    /// <summary>
    /// The type implements <c>Node</c>: a client may fetch a record of it again by its id alone with <c>node(id:)</c>.
    /// The module declares where such records are found (<see cref="NodeDeclarations.Node{TGraphType, TRecord}"/>).
    /// </summary>
    protected void IdentifiedAsNode()
    {
        Interface<NodeGraphType>();
        IsTypeOf = source => source is TRecord;
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
        var read = PropertyReaders.Of(typeof(TRecord).GetProperty(RecordFields.NameOf(property))!);
        field.Resolver = new FuncFieldResolver<TRecord, object?>(c => read(c.Source!) is DateTimeOffset instant ? UkTime.ToUk(instant) : null);
        return field;
    }

    protected override IEnumerable<MemberInfo> GetRegisteredMembers() => base.GetRegisteredMembers().OfType<PropertyInfo>();

    /// <summary>
    /// The field of a property: named after it, typed from its declaration, described by its documentation comment, and
    /// read by a reader compiled once per process (<see cref="PropertyReaders"/>) rather than once per schema, as GraphQL.NET's
    /// own would be. The records carry no GraphQL attributes, so nothing else of the base's field-making applies.
    /// </summary>
    protected override FieldType CreateField(MemberInfo memberInfo)
    {
        var property = (PropertyInfo)memberInfo; // GetRegisteredMembers gives properties only
        var read = PropertyReaders.Of(property);
        var field = RecordFields.DescribedFromDocumentation(new FieldType
        {
            Name = property.Name,
            Type = GetTypeInformation(property).ConstructGraphType(),
            Resolver = new FuncFieldResolver<object?>(c => read(c.Source ?? throw new InvalidOperationException($"{Name}.{property.Name} was asked of nothing."))),
        }, memberInfo);
        if (RecordFields.IsDisclosed(property.PropertyType))
        {
            // The number shown, or null; whether it was withheld is said by the suppressed field.
            field.Resolver = new FuncFieldResolver<TRecord, object?>(c => (read(c.Source!) as IDisclosed)?.Shown);
            _withheld.Add((field.Name.ToCamelCase(), record => read(record!) is IDisclosed { Suppressed: true }));
        }
        return field;
    }

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo) =>
        RecordFields.DisclosedAsNullableNumbers(RecordFields.IdentifiersAsIds(base.GetTypeInformation(memberInfo)));

    /// <summary>The field shows its record with <typeparamref name="TGraphType"/>, the graph type the module gives that record.</summary>
    protected FieldType ShownAs<TGraphType>(Expression<Func<TRecord, object?>> property) where TGraphType : IGraphType =>
        RecordFields.ShownAs(DerivedField(property), typeof(TGraphType));

    /// <summary>The list shows its records with <typeparamref name="TGraphType"/> and holds about <paramref name="rows"/> of them (see <see cref="Rows"/>).</summary>
    protected FieldType ShownAs<TGraphType>(Expression<Func<TRecord, object?>> property, int rows) where TGraphType : IGraphType =>
        ShownAs<TGraphType>(property).WithComplexityImpact(1, rows);

    private FieldType DerivedField(Expression<Func<TRecord, object?>> property) => RecordFields.Derived(this, property);
}
