using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Governance.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// A mutation document with several fields: a field that fails answers null with its error and never takes the fields
/// beside it down, so a client always learns what was written; and what the failed field left unsaved is never written
/// by a later field.
/// </summary>
public sealed class MutationDocumentTests : IClassFixture<MutationDocumentTests.Host>
{
    public sealed class Host : IDisposable
    {
        public PartnershipHost Partnership { get; } = new();
        public void Dispose() => Partnership.Dispose();
    }

    private readonly PartnershipHost _host;
    public MutationDocumentTests(Host host) => _host = host.Partnership;

    [Fact]
    public async Task A_later_field_that_fails_leaves_the_earlier_fields_answers_in_data()
    {
        var answer = await _host.As("alex.admin").SendAsync("""
            mutation {
              first: addPartner(input: { name: "Document Partner One", kind: RELEVANT_AGENCY, sector: "Voluntary sector" }) { id name }
              second: addPartner(input: { name: "   ", kind: RELEVANT_AGENCY, sector: "Voluntary sector" }) { id name }
              third: addPartner(input: { name: "Document Partner Three", kind: RELEVANT_AGENCY, sector: "Voluntary sector" }) { id name }
            }
            """);
        Assert.Equal(200, answer.Status);
        Assert.NotNull(answer.Data);
        Assert.Equal("Document Partner One", answer.Data!["first"]!["name"]!.GetValue<string>());
        Assert.Null(answer.Data["second"]);
        Assert.Equal("Document Partner Three", answer.Data["third"]!["name"]!.GetValue<string>());
        var error = Assert.Single(answer.Errors!);
        Assert.Equal("second", error!["path"]![0]!.GetValue<string>());
        Assert.Equal("VALIDATION", error["extensions"]!["code"]!.GetValue<string>());
        var stored = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Partners.CountAsync(p => p.Name.StartsWith("Document Partner")));
        Assert.Equal(2, stored);
    }

    [Fact]
    public async Task What_a_failed_field_changed_but_did_not_save_is_not_saved_by_the_next_field()
    {
        var admin = _host.As("alex.admin");
        var partner = (await admin.SendAsync("""mutation { addPartner(input: { name: "Document Partner Renamed", kind: RELEVANT_AGENCY, sector: "Health" }) { id } }"""))
            .AssertOk().Data!["addPartner"]!["id"]!.GetValue<string>();

        // The rename is refused (the name is the NSPCC's) after the partner was changed in memory; the next field saves.
        var answer = await admin.SendAsync("""
            mutation($id: ID!) {
              rename: renamePartner(partnerId: $id, name: "nspcc") { name }
              add: addPartner(input: { name: "Document Partner After", kind: RELEVANT_AGENCY, sector: "Health" }) { name }
            }
            """, new { id = partner });
        Assert.Null(answer.Data!["rename"]);
        Assert.Equal("CONFLICT", answer.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("Document Partner After", answer.Data["add"]!["name"]!.GetValue<string>());
        var name = await _host.ScopedAsync(sp => sp.GetRequiredService<GovernanceDbContext>().Partners.Where(p => p.Id == Guid.Parse(partner)).Select(p => p.Name).SingleAsync());
        Assert.Equal("Document Partner Renamed", name);
    }

    [Fact]
    public async Task Every_mutation_field_of_the_schema_is_nullable()
    {
        var types = (await _host.As("alex.admin").SendAsync("{ __schema { mutationType { fields { name type { kind } } } } }")).AssertOk()
            .Data!["__schema"]!["mutationType"]!["fields"]!.AsArray();
        Assert.NotEmpty(types);
        Assert.All(types, f => Assert.True(f!["type"]!["kind"]!.GetValue<string>() != "NON_NULL", $"{f["name"]} is non-null"));
    }
}
