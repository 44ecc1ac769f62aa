using System.Security.Claims;
using System.Text;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Host.Auth;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Generated from the schema: every root query and mutation is asked by every demo user its access metadata refuses,
/// and the FORBIDDEN message must name exactly the people the metadata lets in, and none of them may be the caller.
/// A field added later is covered without anyone listing it.
/// </summary>
public sealed class RefusalMessageTests : IDisposable
{
    private readonly PartnershipHost _host = new();
    public void Dispose() => _host.Dispose();

    private sealed record Refusal(string User, string Field, Access Access, string? Group);

    [Fact]
    public async Task Every_refusal_names_exactly_who_the_field_is_open_to()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var catalog = _host.Services.GetRequiredService<ModuleCatalog>();
        var groups = catalog.Modules.Select(m => m.WorkingGroup).ToList();
        var refusals = new List<Refusal>();
        var problems = new List<string>();
        foreach (var (operation, root) in new[] { ("query", schema.Query), ("mutation", schema.Mutation!) })
        foreach (var field in root.Fields)
        {
            var access = field.AccessOf()!.Value;
            var module = field.ModuleOf();
            var group = module is null ? null : catalog.Find(module)?.WorkingGroup ?? module;
            var expected = Audience(access, group);
            Assert.True(expected.Count > 0, $"{field.Name} lets nobody in.");
            Assert.True(DemoUsers.All.Any(u => expected.Any(part => Fits(u, part))), $"No demo user is among those {field.Name} is open to: {string.Join(", ", expected)}.");
            foreach (var user in DemoUsers.All.Where(u => !Principal(u).Allows(access, group)))
            {
                refusals.Add(new Refusal(user.UserName, field.Name, access, group));
                var answer = await _host.As(user.UserName).SendAsync(Document(operation, field));
                var where = $"{field.Name} as {user.UserName}";
                if (answer.FirstCode != "FORBIDDEN") { problems.Add($"{where}: expected FORBIDDEN, got {answer.Body?.ToJsonString()}"); continue; }
                var prefix = $"You do not have access to {field.Name}. It is open to ";
                var message = answer.FirstMessage!;
                if (!message.StartsWith(prefix, StringComparison.Ordinal) || !message.EndsWith('.')) { problems.Add($"{where}: \"{message}\""); continue; }
                var named = Parts(message[prefix.Length..^1]);
                if (!named.SetEquals(expected))
                    problems.Add($"{where}: names [{string.Join(", ", named)}], the metadata opens it to [{string.Join(", ", expected)}]");
                if (named.FirstOrDefault(part => Fits(user, part)) is { } wrong)
                    problems.Add($"{where}: tells {user.UserName} it is open to {wrong}, which they are");
                foreach (var other in groups.Where(g => !string.Equals(g, group, StringComparison.OrdinalIgnoreCase)))
                    if (message.Contains($"the {other} working group", StringComparison.Ordinal)) problems.Add($"{where}: names the {other} working group");
            }
        }
        Assert.Empty(problems);
        // The walk proves something only if it met refusals of every kind.
        Assert.Contains(refusals, r => r is { Field: "addPartner", Access: Access.Administrator });
        Assert.Contains(refusals, r => r is { Field: "closeRecommendation", Access: Access.Scrutineer });
        Assert.Contains(refusals, r => r.Access == Access.WorkingGroupMember);
        Assert.True(refusals.Count > 300, $"Only {refusals.Count} refusals were tried.");
    }

    /// <summary>Who the flags let in, worked out here from what each flag means (see <see cref="Access"/>).</summary>
    private static HashSet<string> Audience(Access access, string? group)
    {
        const Access everyone = Access.Administrator | Access.Scrutineer | Access.AnyPractitioner | Access.DataProtectionOfficer;
        if ((access & everyone) == everyone) return ["everyone signed in"];
        var parts = new HashSet<string>();
        if (access.HasFlag(Access.AnyPractitioner)) parts.Add("practitioners");
        else if (access.HasFlag(Access.WorkingGroupMember) && group is not null) parts.Add($"members of the {group} working group");
        if (access.HasFlag(Access.Scrutineer)) parts.Add("the scrutineer");
        if (access.HasFlag(Access.Administrator)) parts.Add("administrators");
        if (access.HasFlag(Access.DataProtectionOfficer)) parts.Add("the data protection officer");
        return parts;
    }

    /// <summary>"a, b and c" back into its parts.</summary>
    private static HashSet<string> Parts(string list) =>
        list.Split([", ", " and "], StringSplitOptions.None).Select(p => p.Trim()).ToHashSet();

    private static bool Fits(DemoUser user, string part) => part switch
    {
        "everyone signed in" => true,
        "administrators" => user.Role == PartnershipRoles.Administrator,
        "the scrutineer" => user.Role == PartnershipRoles.Scrutineer,
        "practitioners" => user.Role == PartnershipRoles.Practitioner,
        "the data protection officer" => user.Role == PartnershipRoles.DataProtectionOfficer,
        _ when part.StartsWith("members of the ", StringComparison.Ordinal) && part.EndsWith(" working group", StringComparison.Ordinal) =>
            user.Role == PartnershipRoles.Practitioner && user.WorkingGroups.Contains(part["members of the ".Length..^" working group".Length], StringComparer.OrdinalIgnoreCase),
        _ => throw new Xunit.Sdk.XunitException($"A refusal names an audience nobody can check: \"{part}\""),
    };

    private static ClaimsPrincipal Principal(DemoUser user) =>
        new(new ClaimsIdentity(DemoUsers.Claims(user), "test", "sub", "role"));

    /// <summary>A document that asks for the field with a well-formed value for each required argument: the gate refuses
    /// before anything is read, but the document must pass validation to reach it.</summary>
    private static string Document(string operation, FieldType field)
    {
        var text = new StringBuilder(operation).Append(" { ").Append(field.Name);
        var required = field.Arguments?.Where(a => a.ResolvedType is NonNullGraphType).ToList() ?? [];
        if (required.Count > 0) text.Append('(').Append(string.Join(", ", required.Select(a => $"{a.Name}: {Value(a.ResolvedType!)}"))).Append(')');
        if (Unwrap(field.ResolvedType!) is IComplexGraphType or UnionGraphType) text.Append(" { __typename }");
        return text.Append(" }").ToString();
    }

    private static string Value(IGraphType type) => type switch
    {
        NonNullGraphType n => Value(n.ResolvedType!),
        ListGraphType => "[]",
        EnumerationGraphType e => e.Values.First().Name,
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType).Select(f => $"{f.Name}: {Value(f.ResolvedType!)}")) + " }",
        IntGraphType or LongGraphType or ShortGraphType or ByteGraphType => "1",
        FloatGraphType or DecimalGraphType => "1.5",
        BooleanGraphType => "true",
        IdGraphType or GuidGraphType => $"\"{Guid.NewGuid()}\"",
        DateOnlyGraphType or DateGraphType => "\"2024-06-01\"",
        DateTimeOffsetGraphType or DateTimeGraphType => "\"2024-06-01T10:00:00Z\"",
        TimeOnlyGraphType => "\"10:00:00\"",
        StringGraphType => "\"Checked by the refusal test\"",
        FinancialYearGraphType => "\"2024/25\"",
        FinancialQuarterGraphType => "\"2024/25 Q1\"",
        _ => throw new Xunit.Sdk.XunitException($"The refusal test cannot write a value of type {type.Name}; teach it."),
    };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType n => Unwrap(n.ResolvedType!),
        ListGraphType l => Unwrap(l.ResolvedType!),
        _ => type,
    };
}
