using GraphQL.Types;
using GraphQL.Utilities;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Describes each enum of the schema, and each of its values, by the <c>/// &lt;summary&gt;</c> of the C# enum and of its
/// members (<see cref="DocumentationComments"/>), written once beside the code: a client generating types then shows what
/// OFFERED_LATE or NOTHING_TO_MEASURE mean. A description a graph type gives itself stands.
/// </summary>
public sealed class EnumDescriptions : BaseSchemaNodeVisitor
{
    public override void VisitEnum(EnumerationGraphType type, ISchema schema)
    {
        if (ClrEnumOf(type) is { } clr) type.Description ??= DocumentationComments.Of(clr);
    }

    public override void VisitEnumValue(EnumValueDefinition value, EnumerationGraphType type, ISchema schema)
    {
        if (value.Value is Enum member && member.GetType().GetField(member.ToString()) is { } field)
            value.Description ??= DocumentationComments.Of(field);
    }

    private static Type? ClrEnumOf(EnumerationGraphType type)
    {
        for (var t = type.GetType(); t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EnumerationGraphType<>)) return t.GetGenericArguments()[0];
        return null;
    }
}
