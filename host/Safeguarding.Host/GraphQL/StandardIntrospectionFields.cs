using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace Safeguarding.Host.GraphQL;

/// <summary>
/// The two parts of the standard introspection query that GraphQL.NET 8 does not serve, added so that graphql-js's
/// <c>getIntrospectionQuery</c> with every option on (what graphql-codegen's loader and GraphiQL send) is not refused as
/// asking for things that do not exist:
/// <list type="bullet">
/// <item><c>__Type.specifiedByURL</c>: always null, which is the truth here: it names the specification of a custom
/// scalar, and no scalar of this schema declares one;</item>
/// <item>the <c>includeDeprecated</c> argument of <c>__Directive.args</c>: every argument is answered whatever it says,
/// which is also the truth: no directive argument here is deprecated.</item>
/// </list>
/// </summary>
public sealed class StandardIntrospectionFields : BaseSchemaNodeVisitor
{
    public const string SpecifiedByUrl = "specifiedByURL";
    public const string IncludeDeprecated = "includeDeprecated";

    public override void PostVisitSchema(ISchema schema)
    {
        if (schema.AllTypes["__Type"] is IObjectGraphType type && !type.HasField(SpecifiedByUrl))
            type.AddField(new FieldType
            {
                Name = SpecifiedByUrl,
                Description = "`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.",
                ResolvedType = schema.AllTypes["String"],
                Resolver = new FuncFieldResolver<string?>(_ => null),
            });

        if (schema.AllTypes["__Directive"] is IObjectGraphType directive && directive.GetField("args") is { } args
            && args.Arguments?.Find(IncludeDeprecated) is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument(schema.AllTypes["Boolean"]!) { Name = IncludeDeprecated, DefaultValue = false });
        }
    }
}
