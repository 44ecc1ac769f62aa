using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A child's identity reaches only those with a legitimate relationship, whatever the role and whichever way in. The
/// schema is walked for every field from which a child's or another person's identity can be reached; each of them is
/// then asked, about one child, by a user of every role with no relationship with that child, and by the practitioner
/// allocated to the child (who must see it, so that the walk is shown able to find an identity).
/// </summary>
public sealed class IdentityForEveryRoleTests(IdentityForEveryRoleTests.Host host) : IClassFixture<IdentityForEveryRoleTests.Host>
{
    /// <summary>One host and one child, with a sibling and a possible duplicate, asked about by every role in turn.</summary>
    public sealed class Host : SharedPartnership, IAsyncLifetime
    {
        public string Child { get; private set; } = "";
        public string Nhs { get; private set; } = "";

        public async Task InitializeAsync() => (Child, Nhs) = await ChildWithASiblingAsync(Partnership);
        public Task DisposeAsync() => Task.CompletedTask;
    }

    private readonly PartnershipHost _host = host.Partnership;

    /// <summary>The types that hold who a person is.</summary>
    private static readonly HashSet<string> IdentityTypes = ["SubjectIdentity", "SubjectSearchResult", "HouseholdMember", "AdultOfConcernDetails"];

    /// <summary>
    /// Every root field from which an identity can be reached, and where it is proved that only those entitled reach it:
    /// "walk" for the fields this class asks with every role; otherwise the test class that covers the field.
    /// </summary>
    private static readonly Dictionary<string, string> Covered = new()
    {
        ["Query.subject"] = "walk",
        ["Query.subjectView"] = "walk",
        ["Query.findSubjects"] = "walk",
        ["Query.possibleDuplicates"] = "walk",
        ["Mutation.registerSubject"] = "AuthorizationTests, IdentityRegistryTests (the registrant is allocated: they hold the identity they typed, decision 0030)",
        ["Mutation.confirmSameChild"] = "IdentityRegistryTests (the review's groups only)",
        ["Mutation.keepChildrenApart"] = "IdentityRegistryTests (the review's groups only)",
        ["Mutation.separateChildren"] = "IdentityRegistryTests (the review's groups only)",
        ["Query.protectionNotice"] = "NoticeAdultsInTheRegistryTests (the Domestic Abuse group, audited)",
        ["Query.protectionNotices"] = "NoticeAdultsInTheRegistryTests (the Domestic Abuse group, audited)",
        ["Query.contextualSafeguarding"] = "AdolescentsTests (adults of concern: the Adolescents group, with a purpose, audited)",
        ["Query.adultsOfConcern"] = "AdolescentsTests (adults of concern: the Adolescents group, with a purpose, audited)",
        ["Mutation.recordAdultOfConcern"] = "AdolescentsTests (adults of concern: the Adolescents group, with a purpose, audited)",
        ["Mutation.identifyAdultOfConcern"] = "AdultsOfConcernInTheRegistryTests (the Adolescents group; then the registry's access rules, audited)",
    };

    /// <summary>The root fields (Query.x, Mutation.y) whose answers can lead to a person's identity.</summary>
    public static SortedSet<string> RootFieldsReachingIdentity(ISchema schema)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in new[] { schema.Query, schema.Mutation }.OfType<IComplexGraphType>())
        foreach (var field in root.Fields)
            if (Reaches(field.ResolvedType!.GetNamedType(), [])) found.Add($"{root.Name}.{field.Name}");
        return found;

        static bool Reaches(IGraphType type, HashSet<IGraphType> seen) =>
            IdentityTypes.Contains(type.Name)
            || (type is IComplexGraphType complex && seen.Add(type) && complex.Fields.Any(f => Reaches(f.ResolvedType!.GetNamedType(), seen)));
    }


    [Fact]
    public void Every_field_that_leads_to_an_identity_is_walked_or_covered_by_a_named_test()
    {
        var schema = _host.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var reaching = RootFieldsReachingIdentity(schema);
        Assert.Contains("Query.subject", reaching); // the walk finds what it is about
        var uncovered = reaching.Where(f => !Covered.ContainsKey(f)).ToList();
        Assert.True(uncovered.Count == 0, "A field leads to a person's identity and no test proves who reaches it: " + string.Join(", ", uncovered));
        var stale = Covered.Keys.Where(f => !reaching.Contains(f)).ToList();
        Assert.True(stale.Count == 0, "Listed as leading to an identity but no longer does: " + string.Join(", ", stale));
    }

    private const string Purpose = "Walking every role";
    private const string FamilyName = "Walkabout";
    private const string DateOfBirth = "2015-03-02";

    private static readonly string[] Queries =
    [
        $$"""query($s: ID!) { subject(id: $s) { id identity(purpose: "{{Purpose}}") { name dateOfBirth nhsNumber otherNames postcodes } } }""",
        $$"""
        query($s: ID!) { subjectView(subjectId: $s, purpose: "{{Purpose}}") {
          subject { identity(purpose: "{{Purpose}}") { name } } parts { module shown note }
          household { name dateOfBirth } chronology { entries { what agency recordedBy } } } }
        """,
        $$"""query($n: String) { findSubjects(nhsNumber: $n, purpose: "{{Purpose}}") { id name dateOfBirth } }""",
        $$"""query($g: String, $f: String, $d: DateOnly) { findSubjects(givenNames: $g, familyName: $f, dateOfBirth: $d, purpose: "{{Purpose}}") { id name dateOfBirth } }""",
        $$"""{ possibleDuplicates { nodes { subject { identity(purpose: "{{Purpose}}") { name } } candidate { identity(purpose: "{{Purpose}}") { name } } reasons } } }""",
    ];

    /// <summary>Every role, with no relationship with the child: another group, the child's own group unallocated, its manager, a school's key adult, the scrutineer, an administrator, the data protection officer.</summary>
    public static TheoryData<string> UsersWithoutARelationship =>
        ["dana.domesticabuse", "adam.adolescents", "pat.practitioner", "morgan.manager", "kim.keyadult", "sam.scrutineer", "alex.admin", "dee.dpo"];

    private static async Task<(string Child, string Nhs)> ChildWithASiblingAsync(PartnershipHost partnership)
    {
        var nhs = TestNhsNumbers.Next();
        var home = new[] { new { line = "7 Tavistock Place", postcode = "PL4 8AT" } };
        const string Register = "mutation($i: RegisterSubjectInput!) { registerSubject(input: $i) { id } }";
        var nina = partnership.As("nina.neglect");
        var child = (await nina.SendAsync(Register, new { i = new { module = "Neglect", givenNames = "Tegen", familyName = FamilyName, dateOfBirth = DateOfBirth, nhsNumber = nhs, addresses = home } }))
            .AssertOk().Data!["registerSubject"]!["id"]!.GetValue<string>();
        (await nina.SendAsync(Register, new { i = new { module = "Neglect", givenNames = "Morwenna", familyName = FamilyName, dateOfBirth = "2017-08-19", addresses = home } })).AssertOk();
        // A name alike without an NHS number: a question on the review queue, whose two records name the child.
        (await nina.SendAsync(Register, new { i = new { module = "Neglect", givenNames = "Tegan", familyName = FamilyName, dateOfBirth = DateOfBirth } })).AssertOk();
        return (child, nhs);
    }

    private async Task<List<string>> AnswersAsync(string user, string child, string nhs)
    {
        var answers = new List<string>();
        foreach (var query in Queries)
        {
            var response = await _host.As(user).SendAsync(query, new { s = child, n = nhs, g = "Tegen", f = FamilyName, d = DateOfBirth });
            answers.Add(response.Body?.ToJsonString() ?? "");
        }
        return answers;
    }

    [Theory]
    [MemberData(nameof(UsersWithoutARelationship))]
    public async Task No_role_without_a_relationship_reaches_the_childs_identity_by_any_field(string user)
    {
        var answers = await AnswersAsync(user, host.Child, host.Nhs);
        Assert.All(answers, answer =>
        {
            Assert.DoesNotContain(FamilyName, answer);
            Assert.DoesNotContain(host.Nhs, answer);
            Assert.DoesNotContain(DateOfBirth, answer);
            Assert.DoesNotContain("2017-08-19", answer);
        });
    }

    [Fact]
    public async Task The_practitioner_allocated_to_the_child_reaches_it_so_the_walk_can_find_an_identity()
    {
        var answers = await AnswersAsync("nina.neglect", host.Child, host.Nhs);
        Assert.Contains(FamilyName, answers[0]); // subject(id:) { identity }
        Assert.Contains(FamilyName, answers[1]); // subjectView: the identity and the sibling in the household
        Assert.Contains("2017-08-19", answers[1]);
        Assert.Contains(FamilyName, answers[2]); // findSubjects by NHS number
        Assert.Contains(FamilyName, answers[3]); // findSubjects by name and birthday
        Assert.Contains(FamilyName, answers[4]); // the review queue's records
    }
}
