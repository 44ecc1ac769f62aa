using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Clients;

/// <summary>
/// The API as committed: <c>schema.graphql</c> (the SDL every client generates from) and <c>schema.access.tsv</c> (who may
/// call each root field, and which module's switch gates it). Both come from the production host's modules (this
/// project loads no test-only module), the SDL exactly as <c>GET /graphql?sdl</c> answers it, so a change to the API, or
/// to who may reach it, shows in review as a change to these files. After an intended change, run these tests once with
/// SAFEGUARDING_UPDATE_SCHEMA=1 to rewrite them (<c>dotnet test tests/Safeguarding.Tests.Clients</c>), and commit them
/// with the change.
/// </summary>
public sealed class SchemaDocumentTests : IDisposable
{
    private const string UpdateVariable = "SAFEGUARDING_UPDATE_SCHEMA";
    private readonly ClientHost _host = new();
    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_committed_schema_is_what_GET_graphql_sdl_answers()
    {
        using var client = _host.Client("sam.scrutineer");
        using var response = await client.GetAsync("/graphql?sdl");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        AssertCommitted("schema.graphql", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void The_committed_access_table_is_who_the_host_lets_in() =>
        AssertCommitted("schema.access.tsv", AccessTable(Schema()));

    /// <summary>
    /// A client generating types shows each enum and each of its values with its meaning (INTERVIEW_OVERDUE, OFFERED_LATE
    /// mean something only with the rule behind them): every enum of the API says what it is and what each value means.
    /// </summary>
    [Fact]
    public void Every_enum_and_every_enum_value_says_what_it_means()
    {
        var undescribed = Schema().AllTypes.OfType<EnumerationGraphType>().Where(e => !e.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(e => e.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{e.Name}.{v.Name}")
                .Prepend(string.IsNullOrWhiteSpace(e.Description) ? e.Name : null).OfType<string>())
            .ToList();
        Assert.True(undescribed.Count == 0, "Without a description: " + string.Join(", ", undescribed));
    }

    /// <summary>
    /// GraphiQL's documentation and generated client types show what each part of the API means: every type, field,
    /// argument, input field and enum value of the API says it (introspection's own types aside).
    /// </summary>
    [Fact]
    public void Every_type_field_argument_and_input_field_says_what_it_is()
    {
        var undescribed = new List<string>();
        foreach (var type in Schema().AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is IComplexGraphType or EnumerationGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) undescribed.Add(type.Name);
            if (type is EnumerationGraphType enumeration)
                undescribed.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            if (type is not IComplexGraphType complex) continue;
            foreach (var field in complex.Fields)
            {
                if (string.IsNullOrWhiteSpace(field.Description)) undescribed.Add($"{type.Name}.{field.Name}");
                foreach (var argument in field.Arguments ?? [])
                    if (string.IsNullOrWhiteSpace(argument.Description)) undescribed.Add($"{type.Name}.{field.Name}({argument.Name})");
            }
        }
        Assert.True(undescribed.Count == 0, $"{undescribed.Count} without a description: " + string.Join(", ", undescribed));
    }

    private ISchema Schema()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }

    private static string AccessTable(ISchema schema)
    {
        var table = new StringBuilder("operation\tfield\tmodule\taccess\n");
        foreach (var (operation, root) in new[] { ("query", schema.Query), ("mutation", schema.Mutation!), ("subscription", schema.Subscription!) })
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
