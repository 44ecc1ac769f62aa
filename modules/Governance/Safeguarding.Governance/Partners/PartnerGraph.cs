using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

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
        Field(x => x.RetiredOn, nullable: true).Description("The day the agency left the partnership; null while it is a partner.");
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
            .Description("The partnership's agencies, statutory partners first. Agencies that have left are listed only when asked for.")
            .Argument<BooleanGraphType>("statutoryOnly")
            .Argument<BooleanGraphType>("includeRetired", "Also list agencies that have left the partnership (default false).")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(ListPartnersAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("addPartner")
            .Description("Adds an agency to the partnership. Its name must differ from every other agency's, whatever the letter case and spacing. Administrators only.")
            .Argument<NonNullGraphType<AddPartnerInputType>>("input")
            .Allow(Access.Administrator)
            .ResolveAsync(AddPartnerAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("renamePartner")
            .Description("Gives an agency a new name (still unique whatever the letter case). Records keep the name they were made with. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("partnerId")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Allow(Access.Administrator)
            .ResolveAsync(RenamePartnerAsync);

        slice.Mutation.Field<NonNullGraphType<PartnerGraphType>>("retirePartner")
            .Description("Records that an agency left the partnership: it is kept for the records that name it, and refused for new ones. Administrators only.")
            .Argument<NonNullGraphType<IdGraphType>>("partnerId")
            .Argument<DateOnlyGraphType>("retiredOn", "The day it left; default today.")
            .Allow(Access.Administrator)
            .ResolveAsync(RetirePartnerAsync);
    }

    private static async Task<object?> ListPartnersAsync(IResolveFieldContext c)
    {
        var query = c.Service<GovernanceDbContext>().Partners.AsNoTracking();
        if (c.GetArgument<bool?>("statutoryOnly") == true) query = query.Where(p => p.Kind == PartnerKind.StatutoryPartner);
        if (c.GetArgument<bool?>("includeRetired") != true) query = query.Where(p => p.RetiredOn == null);
        var list = await query.ToListAsync(c.CancellationToken);
        return list.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static async Task<object?> AddPartnerAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<AddPartnerInput>("input");
        var db = c.Service<GovernanceDbContext>();
        var partner = Partner.Register(Guid.NewGuid(), input.Name, input.Kind, input.Sector, input.LeadSafeguardingPartner, input.DelegatedSafeguardingPartner);
        await RequireNameFreeAsync(db, partner, c.CancellationToken);
        db.Partners.Add(partner);
        db.Publish(partner.Registered());
        await db.SaveChangesAsync(c.CancellationToken);
        return partner;
    }

    private static async Task<object?> RenamePartnerAsync(IResolveFieldContext c)
    {
        var id = InputCheck.Id(c.GetArgument<string>("partnerId"), "partnerId", "The partner");
        var db = c.Service<GovernanceDbContext>();
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) ?? throw DomainException.NotFound("partner", id);
        var renamed = partner.Rename(c.GetArgument<string>("name"));
        await RequireNameFreeAsync(db, partner, c.CancellationToken);
        db.Publish(renamed);
        await db.SaveChangesAsync(c.CancellationToken);
        return partner;
    }

    private static async Task<object?> RetirePartnerAsync(IResolveFieldContext c)
    {
        var id = InputCheck.Id(c.GetArgument<string>("partnerId"), "partnerId", "The partner");
        var today = c.Service<TimeProvider>().Today();
        var db = c.Service<GovernanceDbContext>();
        var partner = await db.Partners.FirstOrDefaultAsync(p => p.Id == id, c.CancellationToken) ?? throw DomainException.NotFound("partner", id);
        db.Publish(partner.Retire(c.GetArgument<DateOnly?>("retiredOn") ?? today, today));
        await db.SaveChangesAsync(c.CancellationToken);
        return partner;
    }

    /// <summary>The friendly answer for the usual case; the unique index on the name's key holds it against a race.</summary>
    private static async Task RequireNameFreeAsync(GovernanceDbContext db, Partner partner, CancellationToken ct)
    {
        var taken = await db.Partners.AsNoTracking().Where(p => p.NameKey == partner.NameKey && p.Id != partner.Id).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (taken is not null) throw DomainException.Conflict(Partner.NameTaken(taken));
    }
}
