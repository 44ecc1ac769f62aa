using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// The API as committed: <c>schema.graphql</c> (the SDL every client generates from) and <c>schema.access.tsv</c> (who may
/// call each root field, and which module's switch gates it). Both are printed from the schema the host serves, so a
/// change to the API, or to who may reach it, shows in review as a change to these files. After an intended change,
/// run the tests once with SAFEGUARDING_UPDATE_SCHEMA=1 to rewrite them, and commit them with the change.
/// </summary>
public sealed class SchemaDocumentTests : IDisposable
{
    private const string UpdateVariable = "SAFEGUARDING_UPDATE_SCHEMA";
    private readonly PartnershipHost _host = new(settings: new Dictionary<string, string?> { ["DemoData:SeedWhenEmpty"] = "false" });
    public void Dispose() => _host.Dispose();

    [Fact]
    public void The_committed_schema_is_the_schema_the_host_serves() =>
        AssertCommitted("schema.graphql", Sdl(Schema()));

    [Fact]
    public void The_committed_access_table_is_who_the_host_lets_in() =>
        AssertCommitted("schema.access.tsv", AccessTable(Schema()));

    private ISchema Schema()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>Types and fields in name order: the order of declaration in code is not part of the API.</summary>
    private static string Sdl(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";

    private static string AccessTable(ISchema schema)
    {
        var table = new StringBuilder("operation\tfield\tmodule\taccess\n");
        foreach (var (operation, root) in new[] { ("query", schema.Query), ("mutation", schema.Mutation!) })
        foreach (var field in root.Fields.OrderBy(f => f.Name, StringComparer.Ordinal))
            table.Append(operation).Append('\t').Append(field.Name).Append('\t').Append(field.ModuleOf() ?? "-").Append('\t')
                .Append(field.AccessOf()?.ToString() ?? "-").Append('\n');
        return table.ToString();
    }

    private static void AssertCommitted(string fileName, string served)
    {
        var path = Repository.PathOf(fileName);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, served);
            return;
        }
        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (committed == served) return;
        var servedLines = served.Split('\n');
        var committedLines = committed.Split('\n');
        var first = Enumerable.Range(0, Math.Max(servedLines.Length, committedLines.Length))
            .First(i => i >= servedLines.Length || i >= committedLines.Length || servedLines[i] != committedLines[i]);
        Assert.Fail($"{fileName} is not what the host serves. First difference at line {first + 1}:\n" +
                    $"  committed: {(first < committedLines.Length ? committedLines[first] : "(end of file)")}\n" +
                    $"  served:    {(first < servedLines.Length ? servedLines[first] : "(end of file)")}\n" +
                    $"If the change is intended, run the tests with {UpdateVariable}=1 and commit {fileName} with it.");
    }
}
