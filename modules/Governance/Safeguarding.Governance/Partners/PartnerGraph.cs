using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Governance.Partners;

public sealed class PartnerGraphType : ObjectGraphType<Partner>
{
    public PartnerGraphType()
    {
        Name = "Partner";
        Description = "An agency of the partnership: a statutory partner or a relevant agency.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<PartnerKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Sector);
        Field(x => x.IsStatutory).Description("True for the safeguarding partners: local authority, police, integrated care board and education.");
        Field(x => x.LeadSafeguardingPartner, nullable: true).Description("The post of the Lead Safeguarding Partner.");
        Field(x => x.DelegatedSafeguardingPartner, nullable: true).Description("The post of the Delegated Safeguarding Partner; empty while none is appointed.");
    }
}

public sealed class AddPartnerInput
{
    public string? Name { get; set; }
    public PartnerKind Kind { get; set; }
    public string? Sector { get; set; }
    public string? LeadSafeguardingPartner { get; set; }
    public string? DelegatedSafeguardingPartner { get; set; }
}

public sealed class AddPartnerInputType : InputObjectGraphType<AddPartnerInput>
{
    public AddPartnerInputType()
    {
        Name = "AddPartnerInput";
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<PartnerKind>>>("kind");
        Field(x => x.Sector);
        Field(x => x.LeadSafeguardingPartner, nullable: true);
        Field(x => x.DelegatedSafeguardingPartner, nullable: true);
    }
}

internal static class PartnerGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnerGraphType>>>>("partners")
            .Description("The partnership's agencies, statutory partners first.")
            .Argument<BooleanGraphType>("statutoryOnly")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var query = db.Partners.AsNoTracking();
                if (c.GetArgument<bool?>("statutoryOnly") == true) query = query.Where(p => p.Kind == PartnerKind.StatutoryPartner);
                var list = await query.ToListAsync(c.CancellationToken);
                return list.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("addPartner")
            .Description("Adds an agency to the partnership. Administrators only.")
            .Argument<NonNullGraphType<AddPartnerInputType>>("input")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddPartnerInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck()
                    .RequireText(input.Name, "name", "The partner's name", 200)
                    .RequireText(input.Sector, "sector", "The sector", 100)
                    .OptionalText(input.LeadSafeguardingPartner, "leadSafeguardingPartner", "The Lead Safeguarding Partner", 200)
                    .OptionalText(input.DelegatedSafeguardingPartner, "delegatedSafeguardingPartner", "The Delegated Safeguarding Partner", 200);
                if (input.Kind == PartnerKind.RelevantAgency)
                    check.Require(input.LeadSafeguardingPartner is null && input.DelegatedSafeguardingPartner is null, "kind",
                        "Only statutory partners name Lead and Delegated Safeguarding Partners.");
                check.ThrowIfInvalid();
                var name = input.Name!.Trim();
                if (await db.Partners.AnyAsync(p => p.Name == name, c.CancellationToken))
                    throw PartnershipError.Conflict($"A partner called \"{name}\" already exists.");
                var partner = new Partner
                {
                    Id = Guid.NewGuid(), Name = name, Kind = input.Kind, Sector = input.Sector!.Trim(),
                    LeadSafeguardingPartner = input.LeadSafeguardingPartner?.Trim(),
                    DelegatedSafeguardingPartner = input.DelegatedSafeguardingPartner?.Trim(),
                };
                db.Partners.Add(partner);
                db.Publish(new PartnerRegistered(partner.Id, partner.Name, partner.IsStatutory, partner.Sector));
                await db.SaveChangesAsync(c.CancellationToken);
                return partner;
            });
    }
}
