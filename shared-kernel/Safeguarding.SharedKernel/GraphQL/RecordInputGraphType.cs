using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The input type of a mutation, derived from the plain input class GraphQL binds: each public settable property becomes
/// an input field, typed and made optional or required from its C# declaration (a <see cref="Guid"/> is an <c>ID</c>).
/// The input type names itself, describes the fields that need a word, and marks as <c>ID</c> the references that the
/// input class receives as text so that the module can answer a malformed one with its own message.
/// </summary>
public abstract class RecordInputGraphType<TInput> : AutoRegisteringInputObjectGraphType<TInput>
{
    protected RecordInputGraphType(string name, string? description = null, params Expression<Func<TInput, object?>>[] leftOut)
        : base(leftOut!)
    {
        Name = name;
        Description = description ?? DocumentationComments.OfRecord(typeof(TInput));
    }

    /// <summary>
    /// GraphQL.NET's own conversion of the input's fields to the input class, unchanged. Declared here because a type that
    /// declares it has the conversion compiled when a request first sends the input, not when the schema is built: a host
    /// starts without compiling a converter for each of the schema's inputs (decision 0031).
    /// </summary>
    public override object ParseDictionary(IDictionary<string, object?> value) => base.ParseDictionary(value);

    /// <summary>Gives the field derived from <paramref name="property"/> a description.</summary>
    protected FieldType Describe(Expression<Func<TInput, object?>> property, string description) =>
        RecordFields.Describe(DerivedField(property), description);

    /// <summary>The field may be left out: the input class gives it a default.</summary>
    protected FieldType Optional(Expression<Func<TInput, object?>> property) => RecordFields.Optional(DerivedField(property));

    /// <summary>The field must be given, although the input class can hold it empty.</summary>
    protected FieldType Required(Expression<Func<TInput, object?>> property) => RecordFields.Required(DerivedField(property));

    /// <summary>Each of the fields must be given, although the input class can hold them empty.</summary>
    protected void Required(params Expression<Func<TInput, object?>>[] properties)
    {
        foreach (var property in properties) Required(property);
    }

    /// <summary>The field must be given and shows its entries with <typeparamref name="TGraphType"/> (see
    /// <see cref="ShownAs{TGraphType}"/>): a list of nested inputs or references that a mutation cannot do without.</summary>
    protected FieldType Required<TGraphType>(Expression<Func<TInput, object?>> property) where TGraphType : IGraphType =>
        RecordFields.Required(ShownAs<TGraphType>(property));

    /// <summary>
    /// The text property is a reference to a record, shown as <c>ID</c>; <paramref name="required"/> makes it <c>ID!</c>.
    /// The module still checks that the text is a well-formed reference to a record it knows.
    /// </summary>
    protected FieldType Reference(Expression<Func<TInput, object?>> property, bool required, string? description = null)
    {
        var field = DerivedField(property);
        field.Type = required ? typeof(NonNullGraphType<IdGraphType>) : typeof(IdGraphType);
        if (description is not null) field.Description = description;
        return field;
    }

    /// <summary>The text property is a financial year, shown as the <c>FinancialYear</c> scalar, required as it was or,
    /// with <paramref name="required"/>, always: the input class receives it as "2024/25" whichever spelling the client used.</summary>
    protected FieldType AsFinancialYear(Expression<Func<TInput, object?>> property, bool required = false)
    {
        var field = ShownAsScalar<FinancialYearGraphType>(property);
        return required ? RecordFields.Required(field) : field;
    }

    /// <summary>The text property is a financial quarter, shown as the <c>FinancialQuarter</c> scalar, required as it was or,
    /// with <paramref name="required"/>, always:
    /// the input class receives it as "2024/25 Q1".</summary>
    protected FieldType AsFinancialQuarter(Expression<Func<TInput, object?>> property, bool required = false)
    {
        var field = ShownAsScalar<FinancialQuarterGraphType>(property);
        return required ? RecordFields.Required(field) : field;
    }

    private FieldType ShownAsScalar<TScalar>(Expression<Func<TInput, object?>> property) where TScalar : ScalarGraphType
    {
        var field = DerivedField(property);
        var required = field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>);
        field.Type = required ? typeof(NonNullGraphType<TScalar>) : typeof(TScalar);
        return field;
    }

    protected override FieldType CreateField(MemberInfo memberInfo) =>
        RecordFields.DescribedFromDocumentation(base.CreateField(memberInfo), memberInfo);

    protected override TypeInformation GetTypeInformation(MemberInfo memberInfo) =>
        RecordFields.IdentifiersAsIds(base.GetTypeInformation(memberInfo));

    /// <summary>The field shows its record with <typeparamref name="TGraphType"/>, the graph type the module gives that record.</summary>
    protected FieldType ShownAs<TGraphType>(Expression<Func<TInput, object?>> property) where TGraphType : IGraphType =>
        RecordFields.ShownAs(DerivedField(property), typeof(TGraphType));

    private FieldType DerivedField(Expression<Func<TInput, object?>> property) => RecordFields.Derived(this, property);
}
