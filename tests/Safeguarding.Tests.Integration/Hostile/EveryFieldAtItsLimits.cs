using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Host.Auth;
using Safeguarding.Host.GraphQL;
using Safeguarding.Host.Platform;
using Safeguarding.SharedKernel.Features;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Modules;
using Safeguarding.SharedKernel.Security;
using Safeguarding.Tests.Integration.Support;
using Xunit.Abstractions;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>
/// Every root Query and Mutation field, and every Subject field that takes arguments, read from the running host's
/// schema and called with its arguments at the ends of their range, one variant at a time (<see cref="LimitVariant"/>):
/// the earliest and latest dates and date-times, Int and Decimal extremes, zero and minus one, empty text, a text as
/// long as a request may carry in each text argument in turn, random ids, each enum value, empty lists, and only the
/// required arguments. No answer may be INTERNAL; a date outside the range the partnership records is refused as
/// VALIDATION naming it; and the host answers afterwards. Nothing here names a field: a field added tomorrow is called
/// the same way, by a caller its access rule admits.
/// </summary>
public sealed class EveryFieldAtItsLimits(ITestOutputHelper output)
{
    private const int InitialDepth = 3;
    private const string Internal = "INTERNAL";

    [Fact]
    public async Task No_field_answers_INTERNAL_whatever_its_arguments_hold()
    {
        using var partnership = new PartnershipHost();
        var errors = new CapturedErrors();
        using var host = partnership.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(errors)));
        var run = new Run(host, partnership.SigningKey, errors);
        var clock = Stopwatch.StartNew();

        var schema = host.Services.GetRequiredService<ISchema>();
        var query = schema.Query;
        var mutation = schema.Mutation ?? throw new InvalidOperationException("The schema has no mutations.");
        var subject = schema.AllTypes[SubjectGraphType.TypeName] as IObjectGraphType ?? throw new InvalidOperationException("The schema has no Subject type.");

        await run.LearnKnownValuesAsync(query);
        var subjectRoot = query.Fields.Single(f => LimitRequestBuilder.Unwrap(f.ResolvedType!) == subject && f.Arguments is { Count: 1 } a && a[0].ResolvedType is NonNullGraphType);
        var subjectId = run.Known.IdFor("id", subjectRoot.ResolvedType!, null) ?? throw new InvalidOperationException("The demo data holds no child to read the Subject fields of.");

        foreach (var field in query.Fields) await run.TryEveryVariantAsync("query", "Query", field);
        foreach (var field in subject.Fields.Where(f => f.Arguments is { Count: > 0 }))
            await run.TryEveryVariantAsync("query", SubjectGraphType.TypeName, field, subjectRoot, subjectId);
        foreach (var field in mutation.Fields) await run.TryEveryVariantAsync("mutation", "Mutation", field);

        var after = await run.Administrator.SendAsync("{ modules { name enabled } }");
        after.AssertOk();
        Assert.All(after.Data!["modules"]!.AsArray(), m => Assert.True(m!["enabled"]!.GetValue<bool>(), $"{m["name"]} was left switched off"));

        foreach (var (kind, counts) in run.Answers)
            output.WriteLine($"{kind}: " + string.Join(", ", counts.OrderByDescending(c => c.Value).Select(c => $"{c.Value} {c.Key}")));
        output.WriteLine($"{run.Requests} requests for {run.Fields} fields in {clock.Elapsed.TotalSeconds:N0} s; {run.Known.IdCount} ids and {run.Known.TextCount} texts known from the host's answers; {run.Restored} modules switched back on.");
        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} answers out of {run.Requests} broke the rules:\n" + string.Join("\n", run.Failures));
        Assert.True(run.Fields >= 150, $"only {run.Fields} fields were tried: the schema was not read as expected");
    }

    /// <summary>
    /// The schema is honest about what a mutation requires: called with its required arguments and input fields only, no
    /// mutation answers VALIDATION for an argument or input field the schema marks optional. A generated client's types
    /// then say what must be sent. (A rule that needs one of two optional fields names neither as required: it is not
    /// a field the schema could mark.)
    /// </summary>
    [Fact]
    public async Task No_mutation_requires_an_input_field_the_schema_marks_optional()
    {
        using var partnership = new PartnershipHost();
        var run = new Run(partnership, partnership.SigningKey, new CapturedErrors());
        var schema = partnership.Services.GetRequiredService<ISchema>();
        await run.LearnKnownValuesAsync(schema.Query);
        var requiredOnly = LimitVariant.Catalogue.Single(v => v.RequiredOnly);
        // An input a batch field checks item by item stays optional everywhere it is used: one notice without a police
        // reference is reported on its own, not as a malformed request that fails the whole batch.
        foreach (var batch in schema.Mutation!.Fields.Where(f => f.IsCheckedItemByItem()))
        foreach (var argument in batch.Arguments ?? [])
            if (LimitRequestBuilder.Unwrap(argument.ResolvedType!) is IInputObjectGraphType input) run.CheckedItemByItem.Add(input.Name);
        foreach (var field in schema.Mutation!.Fields) await run.TryEveryVariantAsync("mutation", "Mutation", field, only: requiredOnly);
        output.WriteLine($"{run.Requests} requests for {run.Fields} mutations.");
        Assert.True(run.OptionalButRequired.Count == 0,
            $"{run.OptionalButRequired.Count} arguments or input fields are optional in the schema but required by the mutation " +
            "(mark them required in the input graph type):\n" + string.Join("\n", run.OptionalButRequired));
        Assert.True(run.Fields >= 100, $"only {run.Fields} mutations were tried: the schema was not read as expected");
    }

    /// <summary>The state of one run: the callers, what is known of the host's data, and what went wrong.</summary>
    private sealed class Run
    {
        private readonly WebApplicationFactory<Program> _host;
        private readonly CapturedErrors _errors;
        private readonly GraphQLClient _practitioner;
        private readonly GraphQLClient _scrutineer;
        private readonly GraphQLClient _dataProtectionOfficer;
        private readonly LimitRequestBuilder _builder;
        private readonly long _maxBytes;
        private readonly Dictionary<FieldType, int> _depths = [];

        public Run(WebApplicationFactory<Program> host, string signingKey, CapturedErrors errors)
        {
            _host = host;
            _errors = errors;
            var auth = host.Services.GetRequiredService<AuthOptions>();
            var key = new SymmetricSecurityKey(Convert.FromBase64String(signingKey));
            GraphQLClient As(DemoUser user) => new(host.CreateClient(), TokenIssuer.Issue(user, auth, key, DateTimeOffset.UtcNow, TimeSpan.FromHours(1)));
            var groups = host.Services.GetRequiredService<ModuleCatalog>().Modules.Select(m => m.WorkingGroup).Distinct().ToList();
            _practitioner = As(new DemoUser("limits.practitioner", "Limits Practitioner", PartnershipRoles.Practitioner, "Plymouth City Council", groups,
                "A practitioner in every working group, so that every module's fields are reached."));
            Administrator = As(DemoUsers.Find("alex.admin")!);
            _scrutineer = As(DemoUsers.Find("sam.scrutineer")!);
            _dataProtectionOfficer = As(DemoUsers.Find("dee.dpo")!);
            _maxBytes = host.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value.MaxRequestBytes;
            _builder = new LimitRequestBuilder(Known, host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        }

        public GraphQLClient Administrator { get; }
        public KnownValues Known { get; } = new();
        public List<string> Failures { get; } = [];
        public int Requests { get; private set; }
        /// <summary>How each kind of variant was answered, for the test's output: which rules the requests reached.</summary>
        public Dictionary<string, Dictionary<string, int>> Answers { get; } = [];
        public int Fields { get; private set; }
        public int Restored { get; private set; }
        /// <summary>Arguments or input fields left out as optional that a mutation answered VALIDATION for: "Mutation.f: input.x (message)".</summary>
        public List<string> OptionalButRequired { get; } = [];
        /// <summary>Input types a batch field checks item by item, whose fields stay optional (see the test).</summary>
        public HashSet<string> CheckedItemByItem { get; } = [];

        /// <summary>Input fields required only as one of a choice, which the schema cannot mark, with the choice.</summary>
        private static readonly Dictionary<string, string> OneOfAChoice = new()
        {
            ["RegisterSubjectInput.name"] = "the whole name, or given names and family name",
        };

        /// <summary>Reads every root query that needs no argument, so ordinary values can be ids and texts the host holds.</summary>
        public async Task LearnKnownValuesAsync(IObjectGraphType query)
        {
            foreach (var field in query.Fields.Where(f => !(f.Arguments ?? []).Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null)))
            {
                if (CallersOf(field).FirstOrDefault() is not ({ } who, { } client)) continue; // reported when its variants are tried
                var request = _builder.Build("query", "Query", field, new LimitVariant("learning", _ => null, RequiredOnly: true), InitialDepth);
                await SendAsync(field, request, who, client, expectDatesRefused: false);
            }
        }

        public async Task TryEveryVariantAsync(string operation, string owner, FieldType field, FieldType? via = null, string? viaId = null, LimitVariant? only = null)
        {
            Fields++;
            var slots = LimitRequestBuilder.Slots(field);
            var enumValues = slots.Select(s => s.Type).OfType<EnumerationGraphType>().Select(e => e.Values.Count).DefaultIfEmpty(0).Max();
            var variants = only is not null ? [only] : LimitVariant.Catalogue
                .Where(v => !v.EmptyLists || slots.Any(s => s.Path.Contains("[0]", StringComparison.Ordinal)))
                .Concat(Enumerable.Range(1, Math.Max(0, enumValues - 1)).Select(LimitVariant.EnumValue))
                .ToList();
            // A text as long as the request limit allows, in each text argument in turn.
            foreach (var slot in slots.Where(s => only is null && s.IsScalar("String")))
            {
                var measured = _builder.Build(operation, owner, field, LimitVariant.LongText(slot.Path, 0), DepthOf(field), via, viaId);
                variants.Add(LimitVariant.LongText(slot.Path, (int)Math.Min(1_000_000, _maxBytes - LimitRequestBuilder.BodyBytes(measured) - 16)));
            }

            // One request per variant; the callers who may reach the field take turns, so each meets some of every kind.
            // The ordinary call comes last: what it changes for good (a plan ended, a year closed) cannot hide the others.
            var callers = CallersOf(field).Where(c => via is null || CallersOf(via).Contains(c)).ToList();
            if (callers.Count == 0)
            {
                Failures.Add($"{owner}.{field.Name}: no caller may reach it, so it cannot be tried at its limits");
                return;
            }
            var sent = 0;
            foreach (var variant in variants.OrderBy(v => v.RequiredOnly))
            {
                var request = _builder.Build(operation, owner, field, variant, DepthOf(field), via, viaId);
                if (request.ExtremeSlots.Count == 0 && !variant.RequiredOnly && !variant.EmptyLists) continue; // nothing at a limit for this field
                var (who, client) = callers[sent++ % callers.Count];
                await SendAsync(field, request, who, client, expectDatesRefused: !field.IsCheckedItemByItem(), operation, owner, variant, via, viaId);
            }
        }

        /// <summary>Who may reach the field: a practitioner in every working group, an administrator, the scrutineer, the data protection officer.</summary>
        private IEnumerable<(string Who, GraphQLClient Client)> CallersOf(FieldType field)
        {
            var access = field.AccessOf() ?? Access.AnySignedIn; // the kernel's own Subject fields guard themselves
            if ((access & (Access.WorkingGroupMember | Access.AnyPractitioner)) != 0) yield return ("a practitioner in every working group", _practitioner);
            if (access.HasFlag(Access.Administrator)) yield return ("an administrator", Administrator);
            if (access.HasFlag(Access.Scrutineer)) yield return ("the scrutineer", _scrutineer);
            if (access.HasFlag(Access.DataProtectionOfficer)) yield return ("the data protection officer", _dataProtectionOfficer);
        }

        private int DepthOf(FieldType field) => _depths.TryGetValue(field, out var depth) ? depth : InitialDepth;

        private async Task SendAsync(FieldType field, LimitRequest request, string who, GraphQLClient client, bool expectDatesRefused,
            string? operation = null, string? owner = null, LimitVariant? variant = null, FieldType? via = null, string? viaId = null)
        {
            while (true)
            {
                Requests++;
                _errors.Take();
                var response = await client.SendAsync(request.Query, request.Variables);
                // Too wide an answer is refused before anything runs: ask again for fewer of its fields.
                if (response.Status == 400 && response.FirstCode is ("COMPLEXITY" or PartnershipExecutor.TooManyFields) && DepthOf(field) >= 0 && variant is not null)
                {
                    _depths[field] = DepthOf(field) - 1;
                    request = _builder.Build(operation!, owner!, field, variant, DepthOf(field), via, viaId);
                    continue;
                }
                Judge(request, who, response, expectDatesRefused);
                if (request.Variant.RequiredOnly && operation == "mutation") NoteOptionalButRequired(field, request, response);
                var kind = request.Variant.Name.Contains(" characters in ", StringComparison.Ordinal) ? "a long text" : request.Variant.Name.Split(" #")[0];
                var outcome = response.Status == 200 && response.Errors is null ? "answered" : response.FirstCode ?? response.Status.ToString(CultureInfo.InvariantCulture);
                if (!Answers.TryGetValue(kind, out var counts)) Answers[kind] = counts = [];
                counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
                if (response.Data is JsonObject data && data[via?.Name ?? field.Name] is { } answer)
                    Known.Harvest(via is null ? answer : answer[field.Name], field.ResolvedType!, field.ModuleOf());
                if (operation == "mutation" && response.Data is JsonObject) await SwitchBackOnAsync();
                return;
            }
        }

        private void Judge(LimitRequest request, string who, GraphQLResponse response, bool expectDatesRefused)
        {
            var where = $"{request.Field} [{request.Variant.Name}] as {who}";
            var logged = _errors.Take();
            var codes = response.Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>()).ToList() ?? [];
            if (response.Body is null || response.Status >= 500 || codes.Contains(Internal))
            {
                Failures.Add($"{where}: {response.Status} {Shorten(response.Body?.ToJsonString() ?? "(no body)")}{(logged.Count > 0 ? " — thrown: " + string.Join("; ", logged) : "")}");
                return;
            }
            if (response.Status == 413)
            {
                Failures.Add($"{where}: the request did not fit the endpoint's limit; the test must send less.");
                return;
            }
            // A long text is refused by its length, not repeated back: the answer holds no long run of it.
            if (request.Variant.Name.Contains(" characters in ", StringComparison.Ordinal) && response.Body!.ToJsonString().Contains(LimitVariant.LongString(1000), StringComparison.OrdinalIgnoreCase))
                Failures.Add($"{where}: the answer repeats the long text back ({response.Body.ToJsonString().Length:N0} characters)");

            // A date outside the recorded range never reaches a rule: the field answers VALIDATION and names it.
            var outside = request.ExtremeSlots.Where(s => s.IsScalar([.. LimitVariant.DateScalars, .. LimitVariant.DateTimeScalars])).Select(s => ProblemField(s.Path)).ToList();
            if (!expectDatesRefused || !request.Variant.DatesOutsideRecordable || outside.Count == 0 || response.Status != 200) return;
            var problems = response.Errors?.SelectMany(e => e?["extensions"]?["problems"]?.AsArray() ?? []).Select(p => p?["field"]?.GetValue<string>()).ToList() ?? [];
            if (codes.FirstOrDefault() != "VALIDATION" || !problems.Any(p => p is not null && outside.Contains(p)))
                Failures.Add($"{where}: expected VALIDATION naming one of {string.Join(", ", outside)}, got {Shorten(response.Body!.ToJsonString())}");
        }

        /// <summary>A VALIDATION answer to a call with the required slots only that names a slot the schema marks optional.</summary>
        private void NoteOptionalButRequired(FieldType field, LimitRequest request, GraphQLResponse response)
        {
            if (response.FirstCode != "VALIDATION") return;
            var optional = OptionalSlots(field).DistinctBy(ProblemField).ToDictionary(ProblemField, path => path);
            foreach (var problem in response.Errors!.SelectMany(e => e?["extensions"]?["problems"]?.AsArray() ?? []))
                if (problem?["field"]?.GetValue<string>() is { } name && optional.TryGetValue(name, out var path))
                    OptionalButRequired.Add($"{request.Field}: {path} ({problem["message"]?.GetValue<string>()})");
        }

        /// <summary>The paths of the arguments and top-level input fields of <paramref name="field"/> that the schema lets a caller leave out.</summary>
        private IEnumerable<string> OptionalSlots(FieldType field)
        {
            foreach (var argument in field.Arguments ?? [])
            {
                if (argument.ResolvedType is not NonNullGraphType) { yield return argument.Name; continue; }
                if (argument.ResolvedType is NonNullGraphType { ResolvedType: IInputObjectGraphType input } && !CheckedItemByItem.Contains(input.Name))
                    foreach (var f in input.Fields.Where(f => f.ResolvedType is not NonNullGraphType && f.DefaultValue is null && !OneOfAChoice.ContainsKey($"{input.Name}.{f.Name}")))
                        yield return $"{argument.Name}.{f.Name}";
            }
        }

        /// <summary>How a problem names an argument slot: an argument called "input" is not named, its fields are.</summary>
        private static string ProblemField(string path) => path.StartsWith("input.", StringComparison.Ordinal) ? path["input.".Length..] : path;

        /// <summary>A mutation that succeeded may have switched a module off: switch it back on, so later fields are still reached.</summary>
        private async Task SwitchBackOnAsync()
        {
            await using var scope = _host.Services.CreateAsyncScope();
            var switches = scope.ServiceProvider.GetRequiredService<IModuleSwitch>();
            foreach (var module in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Modules)
            {
                if (await switches.IsEnabledAsync(module.FeatureFlag)) continue;
                await scope.ServiceProvider.GetRequiredService<ModuleSwitchboard>().SetAsync(module, true, "limits.test", "Switched back on after a call at the limits", CancellationToken.None);
                Restored++;
            }
        }

        private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
    }
}
