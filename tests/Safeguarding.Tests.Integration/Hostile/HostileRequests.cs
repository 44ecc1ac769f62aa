using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Safeguarding.Governance.Contracts;
using Safeguarding.Host.Auth;

namespace Safeguarding.Tests.Integration.Hostile;

/// <summary>One malformed or malicious request and the answer it must get.</summary>
public sealed record HostileRequest(string Name, Func<HostileContext, HttpRequestMessage> Build, int Status, string Code);

/// <summary>What a hostile request may need from the running host: tokens, real ids.</summary>
public sealed record HostileContext(Func<string, string> TokenFor, Func<AuthOptions> Auth, string SigningKey, string BodyId, string SubjectId);

/// <summary>
/// The catalogue of hostile requests: broken transport, forged credentials, query shapes built to exhaust the server,
/// wrong types, and injection strings aimed at ids, codes, dates and text. Each one names the status and error code the
/// endpoint must answer with.
/// </summary>
public static class HostileRequests
{
    private const string Admin = "alex.admin";
    private const string Gina = "gina.governance";
    private const string CreateAction = "mutation($i: CreateActionInput!) { createAction(input: $i) { id } }";
    private const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
    private const string Contribution = "mutation($i: RecordContributionInput!) { recordContribution(input: $i) { totalIncome } }";
    private const string StartAssessment = "mutation($i: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $i) { id } }";
    private const string Introspection = "{ __schema { types { name fields { name } } } }";

    /// <summary>A due date that is valid whenever the suite runs, so only the hostile part of an input is at fault.</summary>
    private static readonly string InSixMonths = DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(6)).ToString("yyyy-MM-dd");

    public static IReadOnlyList<HostileRequest> All { get; } = Build();

    public static IEnumerable<object[]> Names => All.Select(r => new object[] { r.Name });

    private static IReadOnlyList<HostileRequest> Build()
    {
        var list = new List<HostileRequest>();
        void Add(string name, Func<HostileContext, HttpRequestMessage> build, int status, string code) => list.Add(new(name, build, status, code));
        void Raw(string name, string body, int status, string code, string contentType = "application/json") =>
            Add(name, c => Post(body, contentType, c.TokenFor(Admin)), status, code);
        void Query(string name, string query, int status, string code, string user = Admin, object? variables = null, string? operationName = null) =>
            Add(name, c => Post(Json(query, variables, operationName), "application/json", c.TokenFor(user)), status, code);
        void Action(string name, Func<HostileContext, object> input, int status, string code) =>
            Add(name, c => Post(Json(CreateAction, new { i = input(c) }), "application/json", c.TokenFor(Gina)), status, code);
        object ValidAction(HostileContext c, string title = "A fair title", object? dueDate = null, object? bodyId = null) =>
            new { bodyId = bodyId ?? c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title, dueDate = dueDate ?? InSixMonths };

        // Transport: bodies that are not a GraphQL request.
        Raw("body is not JSON", "{not json", 400, "BAD_REQUEST");
        Raw("body is truncated JSON", "{\"query\":\"{ modules { name } }\"", 400, "BAD_REQUEST");
        Raw("body is an empty array", "[]", 400, "BAD_REQUEST");
        Raw("batched requests are not accepted", "[{\"query\":\"{ modules { name } }\"}]", 400, "BAD_REQUEST");
        Raw("body is a JSON string", "\"{ modules { name } }\"", 400, "BAD_REQUEST");
        Raw("body is a JSON number", "42", 400, "BAD_REQUEST");
        Raw("body is JSON null", "null", 400, "BAD_REQUEST");
        Raw("body is empty", "", 400, "BAD_REQUEST");
        Raw("body is an empty object", "{}", 400, "BAD_REQUEST");
        Raw("query is null", "{\"query\":null}", 400, "BAD_REQUEST");
        Raw("query is empty", "{\"query\":\"\"}", 400, "BAD_REQUEST");
        Raw("query is whitespace", "{\"query\":\"   \\n\\t  \"}", 400, "BAD_REQUEST");
        Raw("query is a number", "{\"query\":42}", 400, "BAD_REQUEST");
        Raw("query is an object", "{\"query\":{\"modules\":true}}", 400, "BAD_REQUEST");
        Raw("variables is a string", "{\"query\":\"{ modules { name } }\",\"variables\":\"{}\"}", 400, "BAD_REQUEST");
        Raw("variables is an array", "{\"query\":\"{ modules { name } }\",\"variables\":[1,2]}", 400, "BAD_REQUEST");
        Raw("operationName is a number", "{\"query\":\"{ modules { name } }\",\"operationName\":7}", 400, "BAD_REQUEST");
        Raw("extensions is a string", "{\"query\":\"{ modules { name } }\",\"extensions\":\"x\"}", 400, "BAD_REQUEST");
        Raw("JSON nested 10,000 deep in variables", "{\"query\":\"{ modules { name } }\",\"variables\":{\"v\":" + new string('[', 10_000) + new string(']', 10_000) + "}}", 400, "BAD_REQUEST");
        Add("body is not valid UTF-8", c =>
        {
            var request = Post("", "application/json", c.TokenFor(Admin));
            request.Content = new ByteArrayContent([.. "{\"query\":\"{ modules { name"u8, 0xC3, 0x28, 0xFF, .. " } }\"}"u8]);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
            return request;
        }, 400, "BAD_REQUEST");
        Raw("text/plain body (a simple cross-site form)", "{\"query\":\"{ modules { name } }\"}", 415, "UNSUPPORTED_MEDIA_TYPE", "text/plain");
        Raw("form-encoded body (a cross-site form post)", "query=%7B+modules+%7B+name+%7D+%7D", 415, "UNSUPPORTED_MEDIA_TYPE", "application/x-www-form-urlencoded");
        Raw("multipart body", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ modules { name } }\r\n--x--", 415, "UNSUPPORTED_MEDIA_TYPE", "multipart/form-data; boundary=x");
        Raw("XML body", "<query>{ modules { name } }</query>", 415, "UNSUPPORTED_MEDIA_TYPE", "application/xml");
        Add("no content type", c =>
        {
            var request = Post("{\"query\":\"{ modules { name } }\"}", "application/json", c.TokenFor(Admin));
            request.Content!.Headers.ContentType = null;
            return request;
        }, 415, "UNSUPPORTED_MEDIA_TYPE");
        Raw("body over one megabyte", "{\"query\":\"{ modules { name } }\",\"variables\":{\"pad\":\"" + new string('x', 1_100_000) + "\"}}", 413, "REQUEST_TOO_LARGE");
        Raw("a query of two megabytes", "{\"query\":\"{ modules { " + string.Concat(Enumerable.Repeat("name ", 400_000)) + "} }\"}", 413, "REQUEST_TOO_LARGE");
        foreach (var method in new[] { "PUT", "PATCH", "DELETE" })
            Add($"{method} is not allowed", c => WithToken(new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent("{\"query\":\"{ modules { name } }\"}", Encoding.UTF8, "application/json") }, c.TokenFor(Admin)), 405, "");
        Add("answer wanted as HTML", c => Accepting(Post("{\"query\":\"{ modules { name } }\"}", "application/json", c.TokenFor(Admin)), "text/html"), 406, "NOT_ACCEPTABLE");
        Add("answer wanted as XML", c => Accepting(Post("{\"query\":\"{ modules { name } }\"}", "application/json", c.TokenFor(Admin)), "application/xml"), 406, "NOT_ACCEPTABLE");
        Add("GET without a query", c => Get("", c.TokenFor(Admin)), 400, "BAD_REQUEST");
        Add("GET with variables that are not JSON", c => Get("query=" + Uri.EscapeDataString("{ modules { name } }") + "&variables=%7Bnope", c.TokenFor(Admin)), 400, "BAD_REQUEST");
        Add("a mutation over GET", c => Get("query=" + Uri.EscapeDataString("mutation { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }"), c.TokenFor(Admin)), 405, "MUTATION_OVER_GET");
        Add("a mutation chosen by operationName over GET", c => Get("query=" + Uri.EscapeDataString("query Q { modules { name } } mutation M { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }") + "&operationName=M", c.TokenFor(Admin)), 405, "MUTATION_OVER_GET");

        // Credentials: none, forged, expired, or for another audience.
        Add("introspection without a token (POST)", _ => Post(Json(Introspection), "application/json", null), 401, "UNAUTHENTICATED");
        Add("introspection without a token (GET)", _ => Get("query=" + Uri.EscapeDataString(Introspection), null), 401, "UNAUTHENTICATED");
        Add("a mutation without a token", _ => Post(Json("mutation { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }"), "application/json", null), 401, "UNAUTHENTICATED");
        Add("a token that is not a JWT", _ => Post(Json(Introspection), "application/json", "not-a-token"), 401, "UNAUTHENTICATED");
        Add("a token signed with another key", c => Post(Json(Introspection), "application/json", Forge(c, key: new SymmetricSecurityKey(new byte[64]))), 401, "UNAUTHENTICATED");
        Add("an expired token", c => Post(Json(Introspection), "application/json", Forge(c, issuedAt: DateTimeOffset.UtcNow.AddHours(-3))), 401, "UNAUTHENTICATED");
        Add("a token for another audience", c => Post(Json(Introspection), "application/json", Forge(c, audience: "someone-else")), 401, "UNAUTHENTICATED");
        Add("a token from another issuer", c => Post(Json(Introspection), "application/json", Forge(c, issuer: "https://evil.example")), 401, "UNAUTHENTICATED");
        Add("an unsigned token (alg none)", c => Post(Json(Introspection), "application/json", Unsigned(c)), 401, "UNAUTHENTICATED");
        Add("a token whose role was edited after signing", c => Post(Json(Introspection), "application/json", EditedRole(c.TokenFor("nina.neglect"))), 401, "UNAUTHENTICATED");
        Add("Basic credentials instead of a bearer token", _ =>
        {
            var request = Post(Json(Introspection), "application/json", null);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("alex.admin:password"u8.ToArray()));
            return request;
        }, 401, "UNAUTHENTICATED");

        // Query shapes built to exhaust the server.
        // Data nests at most 12 deep. Introspection has bounds of its own (the standard introspection query every client
        // tool sends is 15 deep), which still refuse a chain of 60 and lists nested to multiply the answer.
        Query("nesting 13 deep", "{ partnershipActions { nodes { " + string.Concat(Enumerable.Repeat("body { actions { ", 5)) + "title" + new string('}', 10) + " } } }", 400, "COMPLEXITY");
        Query("nesting 60 deep", "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 55)) + "{ name }" + new string('}', 55) + " } } } }", 400, "COMPLEXITY");
        Query("introspection lists nested three deep", "{ __type(name: \"Query\") { fields { type { fields { type { fields { name } } } } } } }", 400, "COMPLEXITY");
        Query("selection braces 5,000 deep", new string('{', 5_000) + new string('}', 5_000), 400, "SYNTAX_ERROR");
        Query("list literal 5,000 deep", "{ partners(statutoryOnly: " + new string('[', 5_000) + new string(']', 5_000) + ") { name } }", 400, "SYNTAX_ERROR");
        Query("400 aliases of a list", "{ " + string.Join(' ', Enumerable.Range(0, 400).Select(i => $"a{i}: partners {{ name }}")) + " }", 400, "COMPLEXITY");
        Query("1,000 aliases of a list", "{ " + string.Join(' ', Enumerable.Range(0, 1_000).Select(i => $"a{i}: partners {{ name }}")) + " }", 400, "TOO_MANY_FIELDS");
        Query("10,000 aliases of __typename", "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"a{i}: __typename")) + " }", 400, "TOO_MANY_FIELDS");
        Query("100 aliased mutations", "mutation { " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"m{i}: setModuleEnabled(name: \"Neglect\", enabled: false) {{ enabled }}")) + " }", 400, "TOO_MANY_MUTATIONS");
        Query("the same field 50,000 times", "{ modules { " + string.Concat(Enumerable.Repeat("name ", 50_000)) + "} }", 400, "TOO_MANY_FIELDS");
        Query("2,000 aliased mutations", "mutation { " + string.Join(' ', Enumerable.Range(0, 2_000).Select(i => $"m{i}: setModuleEnabled(name: \"Neglect\", enabled: false) {{ enabled }}")) + " }", 400, "TOO_MANY_FIELDS");
        Query("fragments that double sixteen times", FragmentBomb(16), 400, "COMPLEXITY");
        Query("a fragment cycle", "{ partners { ...A } } fragment A on Partner { name ...B } fragment B on Partner { name ...A }", 400, "NO_FRAGMENT_CYCLES");
        Query("a fragment that spreads itself", "{ partners { ...A } } fragment A on Partner { name ...A }", 400, "NO_FRAGMENT_CYCLES");
        Query("an unknown fragment", "{ partners { ...Missing } }", 400, "KNOWN_FRAGMENT_NAMES");
        Query("an unused fragment", "{ partners { name } } fragment Unused on Partner { name }", 400, "NO_UNUSED_FRAGMENTS");
        Query("a non-repeatable directive 1,000 times", "{ partners { name " + string.Concat(Enumerable.Repeat("@include(if: true) ", 1_000)) + "} }", 400, "UNIQUE_DIRECTIVES_PER_LOCATION");
        Query("an unknown directive", "{ partners { name @drop } }", 400, "KNOWN_DIRECTIVES");
        Query("an unknown field", "{ partners { password } }", 400, "FIELDS_ON_CORRECT_TYPE");
        Query("an unknown root field", "{ users { passwordHash } }", 400, "FIELDS_ON_CORRECT_TYPE");
        Query("an unknown argument", "{ partners(where: \"1=1\") { name } }", 400, "KNOWN_ARGUMENT_NAMES");
        Query("a duplicated argument", "{ partners(statutoryOnly: true, statutoryOnly: false) { name } }", 400, "UNIQUE_ARGUMENT_NAMES");
        Query("a variable of an unknown type", "query($x: Sql) { modules { name } }", 400, "VARIABLES_ARE_INPUT_TYPES");
        Query("a variable declared and not used", "query($x: Boolean) { modules { name } }", 400, "NO_UNUSED_VARIABLES");
        Query("a variable used and not declared", "{ partners(statutoryOnly: $x) { name } }", 400, "NO_UNDEFINED_VARIABLES");
        Query("two anonymous operations", "{ modules { name } } { partners { name } }", 400, "NO_OPERATION_NAME");
        Query("two operations with one name", "query Q { modules { name } } query Q { partners { name } }", 400, "NO_OPERATION_NAME");
        Query("an operation name not in the document", "query Q { modules { name } }", 400, "INVALID_OPERATION_NAME", operationName: "DropTables");
        Query("two operations and no operation name", "query A { modules { name } } query B { partners { name } }", 400, "NO_OPERATION_NAME");
        Query("a subscription", "subscription { modules { name } }", 400, "OPERATION_NOT_SUPPORTED");
        Query("an unterminated string", "{ partners(statutoryOnly: \"true) { name } }", 400, "SYNTAX_ERROR");
        Query("unbalanced braces", "{ modules { name }", 400, "SYNTAX_ERROR");
        Query("characters outside the language", "{ modules { name } } ~~~ DROP TABLE", 400, "SYNTAX_ERROR");
        Query("a selection missing on an object field", "{ modules }", 400, "SCALAR_LEAFS");
        Query("a selection on a scalar", "{ modules { name { first } } }", 400, "SCALAR_LEAFS");

        // Wrong types: the request cannot be executed, so it is refused before any resolver runs.
        Action("a date that is not a date", c => ValidAction(c, dueDate: "next tuesday"), 400, "INVALID_VALUE");
        Action("the 30th of February", c => ValidAction(c, dueDate: "2026-02-30"), 400, "INVALID_VALUE");
        Action("a date as a number", c => ValidAction(c, dueDate: 20260101), 400, "INVALID_VALUE");
        Action("a date with SQL in it", c => ValidAction(c, dueDate: "2026-01-01'; DROP TABLE actions;--"), 400, "INVALID_VALUE");
        Action("a title that is a number", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = 12345, dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Action("a title that is an object", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = new { drop = "table" }, dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Action("a title that is a list", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = new[] { "a", "b" }, dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Action("a required title left out", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Action("a required title sent as null", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = (string?)null, dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Action("an input field that does not exist", c => new { bodyId = c.BodyId, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = "x", dueDate = InSixMonths, status = "COMPLETED" }, 400, "INVALID_VALUE");
        Action("an id that is an object", c => new { bodyId = new { id = c.BodyId }, ownerPartnerId = KnownPartners.PlymouthCityCouncil.ToString(), title = "x", dueDate = InSixMonths }, 400, "INVALID_VALUE");
        Add("the whole input as a list", c => Post(Json(CreateAction, new { i = new[] { 1, 2, 3 } }), "application/json", c.TokenFor(Gina)), 400, "INVALID_VALUE");
        Add("the whole input as a string", c => Post(Json(CreateAction, new { i = "title=x" }), "application/json", c.TokenFor(Gina)), 400, "INVALID_VALUE");
        Add("the whole input missing", c => Post(Json(CreateAction), "application/json", c.TokenFor(Gina)), 400, "INVALID_VALUE");
        Query("an enum value that does not exist", "mutation { addPartner(input: { name: \"X\", kind: GOD_MODE, sector: \"x\" }) { id } }", 400, "ARGUMENTS_OF_CORRECT_TYPE");
        Query("an enum value as a string literal", "mutation { addPartner(input: { name: \"X\", kind: \"RELEVANT_AGENCY\", sector: \"x\" }) { id } }", 400, "ARGUMENTS_OF_CORRECT_TYPE");
        Query("a module name that is a number", "mutation { setModuleEnabled(name: 5, enabled: false) { enabled } }", 400, "ARGUMENTS_OF_CORRECT_TYPE");
        Query("enabled given as text", "mutation { setModuleEnabled(name: \"Neglect\", enabled: \"yes\") { enabled } }", 400, "ARGUMENTS_OF_CORRECT_TYPE");
        Query("a boolean variable given as text", "query($s: Boolean) { partners(statutoryOnly: $s) { name } }", 400, "INVALID_VALUE", variables: new { s = "true; DROP TABLE partners" });
        Query("an Int beyond 32 bits", StartAssessment, 400, "INVALID_VALUE", "nina.neglect", new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 2_147_483_648L, observedOn = "2026-01-01" } });
        Query("an Int given as a fraction", StartAssessment, 400, "INVALID_VALUE", "nina.neglect", new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 1.5, observedOn = "2026-01-01" } });
        Query("money given as text", Contribution, 400, "INVALID_VALUE", "fin.funding", new { i = new { year = "2023/24", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = "a lot" } });
        Query("money beyond any decimal", Contribution, 400, "INVALID_VALUE", "fin.funding", new { i = new { year = "2023/24", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = JsonDocument.Parse("1e400").RootElement } });
        Query("money given as NaN", Contribution, 400, "INVALID_VALUE", "fin.funding", new { i = new { year = "2023/24", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = "NaN" } });

        // Executed and refused by the resolver's own checks: 200 with a coded error, nothing written.
        Action("an id that is SQL", c => ValidAction(c, bodyId: "' OR 1=1 --"), 200, "VALIDATION");
        Action("an id of all zeros", c => ValidAction(c, bodyId: Guid.Empty.ToString()), 200, "VALIDATION");
        Action("an id that is a path", c => ValidAction(c, bodyId: "../../../etc/passwd"), 200, "VALIDATION");
        Action("an id that is a script", c => ValidAction(c, bodyId: "<script>alert(1)</script>"), 200, "VALIDATION");
        Action("an id of another kind of thing", c => ValidAction(c, bodyId: KnownPartners.PlymouthCityCouncil.ToString()), 200, "NOT_FOUND");
        Action("a title with a NUL byte", c => ValidAction(c, title: "Review\0 DROP"), 200, "VALIDATION");
        Action("a title with terminal escape codes", c => ValidAction(c, title: "\u001b[2J\u001b[1;1HAll actions complete"), 200, "VALIDATION");
        Action("a title with a right-to-left override", c => ValidAction(c, title: "Review \u202Efdp.exe"), 200, "VALIDATION");
        Action("a title with a forged log line", c => ValidAction(c, title: "ok\u0085ERROR admin signed in"), 200, "VALIDATION");
        Action("a title of 100,000 characters", c => ValidAction(c, title: new string('A', 100_000)), 200, "VALIDATION");
        Action("a title of only spaces", c => ValidAction(c, title: "      "), 200, "VALIDATION");
        Action("a due date in the past", c => ValidAction(c, dueDate: "1900-01-01"), 200, "VALIDATION");
        Query("a module name with SQL in it", "mutation { setModuleEnabled(name: \"Neglect'; DROP TABLE module_toggles;--\", enabled: false) { enabled } }", 200, "NOT_FOUND");
        Query("a module name that is a path", "mutation { setModuleEnabled(name: \"../Governance\", enabled: false) { enabled } }", 200, "NOT_FOUND");
        Query("a practitioner switching a module off", "mutation { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }", 200, "FORBIDDEN", "nina.neglect");
        Query("the scrutineer switching a module off", "mutation { setModuleEnabled(name: \"Neglect\", enabled: false) { enabled } }", 200, "FORBIDDEN", "sam.scrutineer");
        Query("a practitioner reading the audit log", "{ auditLog { nodes { actor } } }", 200, "FORBIDDEN", "nina.neglect");
        Query("a child registered with a NUL in the name", Register, 200, "VALIDATION", "nina.neglect", new { i = new { module = "Neglect", name = "Child\0Name", dateOfBirth = "2019-05-04" } });
        Query("a child registered with a name of 10,000 characters", Register, 200, "VALIDATION", "nina.neglect", new { i = new { module = "Neglect", name = new string('n', 10_000), dateOfBirth = "2019-05-04" } });
        Query("a child born in the future", Register, 200, "VALIDATION", "nina.neglect", new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2999-01-01" } });
        Query("an NHS number that is SQL", Register, 200, "VALIDATION", "nina.neglect", new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2019-05-04", nhsNumber = "'; DROP TABLE subjects;--" } });
        Query("a child registered into a path", Register, 200, "NOT_FOUND", "nina.neglect", new { i = new { module = "../../Neglect", name = "Example Child", dateOfBirth = "2019-05-04" } });
        Query("a child registered into another group's module", Register, 200, "FORBIDDEN", "nina.neglect", new { i = new { module = "Governance", name = "Example Child", dateOfBirth = "2019-05-04" } });
        Query("the scrutineer registering a child", Register, 200, "FORBIDDEN", "sam.scrutineer", new { i = new { module = "Neglect", name = "Example Child", dateOfBirth = "2019-05-04" } });
        Query("a subject id that is SQL", "query($id: ID!) { subject(id: $id) { id } }", 200, "VALIDATION", "nina.neglect", new { id = "' OR '1'='1" });
        Add("an identity read with a script as the purpose", c => Post(Json("query($id: ID!) { subject(id: $id) { identity(purpose: \"<script>alert(1)</script>\\u0000\") { name } } }", new { id = c.SubjectId }), "application/json", c.TokenFor("nina.neglect")), 200, "VALIDATION");
        Add("an identity read by the scrutineer", c => Post(Json("query($id: ID!) { subject(id: $id) { identity(purpose: \"Scrutiny of the case\") { name } } }", new { id = c.SubjectId }), "application/json", c.TokenFor("sam.scrutineer")), 200, "FORBIDDEN");
        Query("money below zero", Contribution, 200, "VALIDATION", "fin.funding", new { i = new { year = "2026/27", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = -100m } });
        Query("a financial year with SQL in it", Contribution, 400, "INVALID_VALUE", "fin.funding", new { i = new { year = "2023/24'; DELETE FROM contributions;--", partnerId = KnownPartners.PlymouthCityCouncil.ToString(), amount = 100m } });
        Query("an assessment of a child id that is SQL", StartAssessment, 200, "VALIDATION", "nina.neglect", new { i = new { subjectId = "1; DROP TABLE assessments", templateVersion = 1, observedOn = "2026-01-01" } });
        Query("an assessment started by the scrutineer", StartAssessment, 200, "FORBIDDEN", "sam.scrutineer", new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 1, observedOn = "2026-01-01" } });
        Query("an assessment started by another working group", StartAssessment, 200, "FORBIDDEN", "carla.csa", new { i = new { subjectId = Guid.NewGuid().ToString(), templateVersion = 1, observedOn = "2026-01-01" } });
        return list;
    }

    /// <summary>Each fragment spreads the next twice: a small document whose naive expansion doubles per level.</summary>
    private static string FragmentBomb(int levels)
    {
        var sb = new StringBuilder("{ partners { ...F0 } } ");
        for (var i = 0; i < levels; i++) sb.Append($"fragment F{i} on Partner {{ ...F{i + 1} ...F{i + 1} }} ");
        return sb.Append($"fragment F{levels} on Partner {{ name isStatutory }}").ToString();
    }

    public static string Json(string query, object? variables = null, string? operationName = null) =>
        JsonSerializer.Serialize(new { query, variables, operationName });

    private static HttpRequestMessage Post(string body, string contentType, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return WithToken(request, token);
    }

    private static HttpRequestMessage Get(string queryString, string? token) =>
        WithToken(new HttpRequestMessage(HttpMethod.Get, "/graphql" + (queryString.Length > 0 ? "?" + queryString : "")), token);

    private static HttpRequestMessage WithToken(HttpRequestMessage request, string? token)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage Accepting(HttpRequestMessage request, string accept)
    {
        request.Headers.Accept.Clear();
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static string Forge(HostileContext c, SecurityKey? key = null, DateTimeOffset? issuedAt = null, string? audience = null, string? issuer = null)
    {
        var auth = c.Auth();
        var forged = new AuthOptions { Issuer = issuer ?? auth.Issuer, Audience = audience ?? auth.Audience };
        return TokenIssuer.Issue(DemoUsers.Find(Admin)!, forged, key ?? new SymmetricSecurityKey(Convert.FromBase64String(c.SigningKey)),
            issuedAt ?? DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
    }

    private static string Unsigned(HostileContext c)
    {
        var auth = c.Auth();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        static string B64(string s) => Base64UrlEncoder.Encode(s);
        return B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." +
               B64($"{{\"sub\":\"alex.admin\",\"role\":\"Administrator\",\"iss\":\"{auth.Issuer}\",\"aud\":\"{auth.Audience}\",\"nbf\":{now},\"iat\":{now},\"exp\":{now + 3600}}}") + ".";
    }

    private static string EditedRole(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"Practitioner\"", "\"Administrator\"");
        return parts[0] + "." + Base64UrlEncoder.Encode(payload) + "." + parts[2];
    }
}
