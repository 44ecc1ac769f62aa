using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// How a page reads and writes: a GraphQL document run through the same executor as /graphql, as the signed-in user.
/// The answer is the JSON an API client would receive, so a page sees exactly the data and coded errors they see.
/// </summary>
public sealed class PageGraphQL(IPartnershipExecutor executor, IGraphQLTextSerializer serializer, IHttpContextAccessor accessor)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GraphQLAnswer> RunAsync(string document, object? variables = null)
    {
        var http = accessor.HttpContext ?? throw new InvalidOperationException("Pages run GraphQL only within a request.");
        var request = new GraphQLRequest
        {
            Query = document,
            Variables = variables is null ? null : serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables, Json)),
        };
        var result = await executor.ExecuteAsync(request, http.User, http.RequestServices, http.RequestAborted);
        return GraphQLAnswer.Parse(serializer.Serialize(result));
    }
}

public sealed record GraphQLProblem(string Message, string Code, IReadOnlyList<FieldProblem> Problems);

public sealed class GraphQLAnswer
{
    private GraphQLAnswer(JsonElement data, IReadOnlyList<GraphQLProblem> errors)
    {
        Data = data;
        Errors = errors;
    }

    public JsonElement Data { get; }
    public IReadOnlyList<GraphQLProblem> Errors { get; }
    public bool Ok => Errors.Count == 0;
    public string? Code => Errors.FirstOrDefault()?.Code;

    /// <summary>One top-level field of the answer as <typeparamref name="T"/>; default when it is absent or null.</summary>
    public T? Get<T>(string field) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.Deserialize<T>(PageGraphQL.Json)
            : default;

    /// <summary>The server's message for each input field at fault (VALIDATION's extensions.problems), by field path.</summary>
    public IReadOnlyDictionary<string, string> FieldProblems =>
        Errors.SelectMany(e => e.Problems).GroupBy(p => p.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => p.Message)));

    public static GraphQLAnswer Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var data = root.TryGetProperty("data", out var d) ? d.Clone() : default;
        var errors = new List<GraphQLProblem>();
        if (root.TryGetProperty("errors", out var list))
            foreach (var e in list.EnumerateArray())
            {
                var code = "ERROR";
                var problems = new List<FieldProblem>();
                if (e.TryGetProperty("extensions", out var x))
                {
                    if (x.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String) code = c.GetString()!;
                    if (x.TryGetProperty("problems", out var ps))
                        problems.AddRange(ps.EnumerateArray().Select(p => new FieldProblem(p.GetProperty("field").GetString()!, p.GetProperty("message").GetString()!)));
                }
                errors.Add(new GraphQLProblem(e.GetProperty("message").GetString() ?? "", code, problems));
            }
        return new GraphQLAnswer(data, errors);
    }
}
