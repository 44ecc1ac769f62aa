using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>Whole-partnership aggregates never carry identity: nothing the scrutineer can reach leads to a child.</summary>
public sealed class ScrutineerSchemaTests(SharedPartnership shared) : IClassFixture<SharedPartnership>
{
    private readonly PartnershipHost _host = shared.Partnership;

    private static readonly HashSet<string> IdentifyingTypes = ["Subject", "SubjectIdentity", "SubjectView"];
    private static readonly string[] IdentifyingFields = ["subjectid", "subject", "identity", "dateofbirth", "nhsnumber", "childname", "forename", "surname"];

    /// <summary>Every field reachable from a root field open to the scrutineer that is, or returns, something identifying a child.</summary>
    public static List<string> IdentifyingFieldsReachableByScrutineer(ISchema schema)
    {
        var found = new List<string>();
        var seen = new HashSet<IGraphType>();
        var roots = new[] { schema.Query, schema.Mutation }.OfType<IComplexGraphType>()
            .SelectMany(t => t.Fields.Where(f => f.AccessOf() is { } a && a.HasFlag(Access.Scrutineer)).Select(f => (Path: $"{t.Name}.{f.Name}", Field: f)));
        var queue = new Queue<(string Path, FieldType Field)>(roots);
        while (queue.Count > 0)
        {
            var (path, field) = queue.Dequeue();
            var type = field.ResolvedType!.GetNamedType();
            if (IdentifyingTypes.Contains(type.Name)) found.Add($"{path}: {type.Name}");
            if (IdentifyingFields.Contains(field.Name.ToLowerInvariant())) found.Add(path);
            if (type is IComplexGraphType complex && seen.Add(type))
                foreach (var f in complex.Fields) queue.Enqueue(($"{path}.{f.Name}", f));
        }
        return found;
    }


    [Fact]
    public void No_type_the_scrutineer_can_reach_exposes_a_childs_identity_or_subject()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var scrutineerRoots = schema.Query.Fields.Count(f => f.AccessOf() is { } a && a.HasFlag(Access.Scrutineer));
        Assert.True(scrutineerRoots >= 10, $"Only {scrutineerRoots} root fields are open to the scrutineer; the walk would prove little.");
        Assert.Contains(schema.Query.Fields, f => f.Name == "scorecard");
        Assert.Empty(IdentifyingFieldsReachableByScrutineer(schema));
    }

    [Fact]
    public void The_walk_finds_a_child_behind_an_aggregate_in_a_schema_built_to_leak()
    {
        var leak = new ObjectGraphType { Name = "LeakyFigure" };
        leak.Field<IntGraphType>("count").Resolve(_ => 1);
        leak.Field<StringGraphType>("subjectId").Resolve(_ => "x");
        leak.Field<SubjectGraphType>("child").Resolve(_ => null);
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<ListGraphType<ObjectGraphType>>("leakyFigures").Allow(Access.Scrutineer).Type(new ListGraphType(leak)).Resolve(_ => null);
        query.Field<SubjectGraphType>("child").Allow(Access.AnyPractitioner).Resolve(_ => null); // not the scrutineer's: not reported
        var schema = new Schema { Query = query };
        schema.Initialize();
        var found = IdentifyingFieldsReachableByScrutineer(schema);
        Assert.Contains("Query.leakyFigures.subjectId", found);
        Assert.Contains("Query.leakyFigures.child: Subject", found);
        Assert.Contains("Query.leakyFigures.child.identity: SubjectIdentity", found);
        Assert.DoesNotContain(found, f => f.StartsWith("Query.child", StringComparison.Ordinal));
    }
}
