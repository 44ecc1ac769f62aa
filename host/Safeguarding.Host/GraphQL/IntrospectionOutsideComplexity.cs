using GraphQL.Utilities;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// <c>__typename</c>, <c>__schema</c> and <c>__type</c> cost nothing in GraphQL.NET's complexity count: <c>__typename</c> is
/// what caching clients add to every selection, and introspection is bounded by <see cref="IntrospectionLimitsRule"/>
/// against the schema's own size. Set once the schema's types exist (setting it earlier would build them before the
/// modules have contributed theirs).
/// </summary>
public sealed class IntrospectionOutsideComplexity : BaseSchemaNodeVisitor
{
    public override void PostVisitSchema(ISchema schema) => schema.WithIntrospectionComplexityImpact(0);
}
