using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Safeguarding.SharedKernel.Disclosure;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>How the API shows the C# types of records it derives graph types from.</summary>
internal static class RecordFields
{
    /// <summary>Every identifier of a record is an <c>ID</c> in the API, never a custom scalar.</summary>
    public static TypeInformation IdentifiersAsIds(TypeInformation type)
    {
        if (type.Type == typeof(Guid)) type.GraphType = typeof(IdGraphType);
        return type;
    }

    /// <summary>A figure that may be withheld (<see cref="Disclosed{T}"/>) is its number in the API, always nullable: null when withheld.</summary>
    public static TypeInformation DisclosedAsNullableNumbers(TypeInformation type)
    {
        if (DisclosedNumber(type.Type) is not { } number) return type;
        type.Type = number;
        type.IsNullable = true;
        return type;
    }

    /// <summary>Whether a property holds a <see cref="Disclosed{T}"/> (or a nullable one).</summary>
    public static bool IsDisclosed(Type type) => DisclosedNumber(type) is not null;

    private static Type? DisclosedNumber(Type type)
    {
        var held = Nullable.GetUnderlyingType(type) ?? type;
        return held.IsGenericType && held.GetGenericTypeDefinition() == typeof(Disclosed<>) ? held.GetGenericArguments()[0] : null;
    }

    /// <summary>The field that <paramref name="type"/> derived from <paramref name="property"/>.</summary>
    public static FieldType Derived(IComplexGraphType type, LambdaExpression property) =>
        type.GetField(NameOf(property))
        ?? throw new InvalidOperationException($"{type.Name} has no field derived from {property}: it was left out or renamed.");

    /// <summary>
    /// The field derived from <paramref name="member"/>, described by the record's documentation comment: a description
    /// is written once, beside the property, and the graph type describes by hand only what a comment cannot say.
    /// </summary>
    public static FieldType DescribedFromDocumentation(FieldType? field, MemberInfo member)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (member is PropertyInfo property) field.Description ??= DocumentationComments.Of(property);
        return field;
    }

    public static FieldType Describe(FieldType field, string description)
    {
        field.Description = description;
        return field;
    }

    /// <summary>The field may be left empty although its C# type always holds a value (the input class gives a default).</summary>
    public static FieldType Optional(FieldType field)
    {
        if (field.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>))
            field.Type = type.GetGenericArguments()[0];
        return field;
    }

    /// <summary>The field must be given although its C# type can be empty (the module still checks what it holds).</summary>
    public static FieldType Required(FieldType field)
    {
        if (field.Type is { } type && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>)))
            field.Type = typeof(NonNullGraphType<>).MakeGenericType(type);
        return field;
    }

    /// <summary>
    /// The field shows its record with <paramref name="graphType"/>, keeping the list and required wrappers derived from
    /// the C# declaration. A record's graph type is named by the module, so it is given here rather than guessed.
    /// </summary>
    public static FieldType ShownAs(FieldType field, Type graphType)
    {
        field.Type = Replace(field.Type ?? throw new InvalidOperationException($"{field.Name} has no derived type."), graphType);
        return field;

        static Type Replace(Type type, Type graphType) =>
            type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(NonNullGraphType<>) || type.GetGenericTypeDefinition() == typeof(ListGraphType<>))
                ? type.GetGenericTypeDefinition().MakeGenericType(Replace(type.GetGenericArguments()[0], graphType))
                : graphType;
    }

    /// <summary>
    /// The name of the field derived from a property expression such as <c>x => x.ObservedOn</c>: the property's own name,
    /// which the schema's name converter shows in camel case ("observedOn").
    /// </summary>
    public static string NameOf(LambdaExpression property)
    {
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : property.Body;
        return body is MemberExpression member
            ? member.Member.Name
            : throw new ArgumentException($"{property} does not name a property.", nameof(property));
    }
}
