using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Scrutiny.Measures;
using Safeguarding.Scrutiny.Persistence;
using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Scrutiny.Returns;

public sealed class DataReturnGraphType : ObjectGraphType<DataReturn>
{
    public DataReturnGraphType()
    {
        Name = "DataReturn";
        Description = "A figure an agency supplied for a measure and quarter.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Measure);
        Field(x => x.Quarter);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Agency);
        Field(x => x.Value);
        Field(x => x.Note, nullable: true);
        Field(x => x.SubmittedBy);
        Field(x => x.SubmittedAt);
    }
}

public sealed class DataSupplierGraphType : ObjectGraphType<DataSupplier>
{
    public DataSupplierGraphType()
    {
        Name = "DataSupplier";
        Description = "An agency expected to return figures for a measure.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Measure);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Agency);
        Field(x => x.ExpectedFrom);
        Field(x => x.NoDataSince, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class SubmitDataReturnInput
{
    public string? Measure { get; set; }
    public string? Quarter { get; set; }
    public string? PartnerId { get; set; }
    public decimal Value { get; set; }
    public string? Note { get; set; }
}

public sealed class SubmitDataReturnInputType : InputObjectGraphType<SubmitDataReturnInput>
{
    public SubmitDataReturnInputType()
    {
        Name = "SubmitDataReturnInput";
        Field(x => x.Measure).Description("A returned measure's code, e.g. REREFERRALS_12M.");
        Field(x => x.Quarter).Description("e.g. 2023/24 Q3.");
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The supplying agency.");
        Field(x => x.Value);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class ExpectDataSupplierInput
{
    public string? Measure { get; set; }
    public string? PartnerId { get; set; }
    public string? ExpectedFrom { get; set; }
    public string? NoDataSince { get; set; }
    public string? Note { get; set; }
}

public sealed class ExpectDataSupplierInputType : InputObjectGraphType<ExpectDataSupplierInput>
{
    public ExpectDataSupplierInputType()
    {
        Name = "ExpectDataSupplierInput";
        Field(x => x.Measure);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.ExpectedFrom).Description("The first quarter a return is expected for, e.g. 2022/23 Q1.");
        Field(x => x.NoDataSince, nullable: true).Description("yyyy-MM, when the agency is known to have supplied nothing since a month.");
        Field(x => x.Note, nullable: true);
    }
}

internal static class ReturnsGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataReturnGraphType>>>>("dataReturns")
            .Description("Agencies' returns for measures no module records, newest quarter first.")
            .Argument<StringGraphType>("measure")
            .Allow(Access.Administrator | Access.Scrutineer)
            .ResolveAsync(async c =>
            {
                var q = c.Service<ScrutinyDbContext>().DataReturns.AsNoTracking();
                if (c.GetArgument<string?>("measure") is { } m) q = q.Where(r => r.Measure == m);
                return (await q.ToListAsync(c.CancellationToken)).OrderByDescending(r => r.Quarter, StringComparer.Ordinal).ThenBy(r => r.Agency).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataSupplierGraphType>>>>("dataSuppliers")
            .Description("Agencies expected to return figures, by measure.")
            .Allow(Access.Administrator | Access.Scrutineer)
            .ResolveAsync(async c => (object?)await c.Service<ScrutinyDbContext>().DataSuppliers.AsNoTracking().OrderBy(s => s.Measure).ThenBy(s => s.Agency).ToListAsync(c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<DataReturnGraphType>>("submitDataReturn")
            .Description("Records an agency's figure for a measure and quarter; a later return for the same quarter and agency corrects it. Administrators (the business unit).")
            .Argument<NonNullGraphType<SubmitDataReturnInputType>>("input")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitDataReturnInput>("input");
                var db = c.Service<ScrutinyDbContext>();
                var clock = c.Service<TimeProvider>();
                var check = new InputCheck();
                var measure = ReturnedMeasure(check, input.Measure);
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
                var quarterOk = FinancialQuarter.TryParse(input.Quarter, out var quarter);
                check.Require(quarterOk, "quarter", "The quarter must look like 2023/24 Q3.")
                    .Require(!quarterOk || quarter.Starts <= clock.Today(), "quarter", "A return cannot be made for a quarter that has not started.")
                    .Require(input.Value is >= 0 and <= 1_000_000, "value", "The figure must be from 0 to 1,000,000.")
                    .OptionalText(input.Note, "note", "The note", 1000)
                    .ThrowIfInvalid();
                var agency = await AgencyAsync(db, partnerId, c.CancellationToken);
                var row = await db.DataReturns.FirstOrDefaultAsync(r => r.Measure == measure!.Code && r.Quarter == quarter.Label && r.PartnerId == partnerId, c.CancellationToken);
                if (row is null) db.DataReturns.Add(row = new DataReturn { Id = Guid.NewGuid(), Measure = measure!.Code, Quarter = quarter.Label, PartnerId = partnerId });
                row.Agency = agency;
                row.Value = input.Value;
                row.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
                row.SubmittedBy = c.User!.Actor();
                row.SubmittedAt = clock.GetUtcNow();
                await db.SaveChangesAsync(c.CancellationToken);
                return row;
            });

        slice.Mutation.Field<NonNullGraphType<DataSupplierGraphType>>("expectDataSupplier")
            .Description("Records that an agency is expected to return figures for a measure from a quarter on, so that a missing return shows as a gap. Administrators.")
            .Argument<NonNullGraphType<ExpectDataSupplierInputType>>("input")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ExpectDataSupplierInput>("input");
                var db = c.Service<ScrutinyDbContext>();
                var check = new InputCheck();
                var measure = ReturnedMeasure(check, input.Measure);
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
                var fromOk = FinancialQuarter.TryParse(input.ExpectedFrom, out var from);
                check.Require(fromOk, "expectedFrom", "The first quarter must look like 2023/24 Q1.")
                    .Require(input.NoDataSince is null || DateOnly.TryParseExact(input.NoDataSince + "-01", "yyyy-MM-dd", out _), "noDataSince", "The month must look like 2022-11.")
                    .OptionalText(input.Note, "note", "The note", 1000)
                    .ThrowIfInvalid();
                var agency = await AgencyAsync(db, partnerId, c.CancellationToken);
                if (await db.DataSuppliers.AnyAsync(s => s.Measure == measure!.Code && s.PartnerId == partnerId, c.CancellationToken))
                    throw PartnershipError.Conflict($"{agency} is already expected to return {measure!.Name}.");
                var supplier = new DataSupplier
                {
                    Id = Guid.NewGuid(), Measure = measure!.Code, PartnerId = partnerId, Agency = agency, ExpectedFrom = from.Label,
                    NoDataSince = input.NoDataSince, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
                };
                db.DataSuppliers.Add(supplier);
                await db.SaveChangesAsync(c.CancellationToken);
                return supplier;
            });
    }

    private static MeasureDefinition? ReturnedMeasure(InputCheck check, string? code)
    {
        var measure = code is null ? null : MeasureCatalogue.Find(code.Trim());
        check.Require(measure is { FromReturns: true }, "measure",
            $"Returns are made for {string.Join(", ", MeasureCatalogue.All.Where(m => m.FromReturns).Select(m => m.Code))}; the other measures come from the modules.");
        return measure;
    }

    /// <summary>The agency's name from Scrutiny's copy of the partners (from Governance's PartnerRegistered).</summary>
    private static async Task<string> AgencyAsync(ScrutinyDbContext db, Guid partnerId, CancellationToken ct)
    {
        var key = partnerId.ToString();
        var partner = await db.Facts.AsNoTracking().FirstOrDefaultAsync(f => f.Kind == FactKinds.Partner && f.Key == key, ct)
            ?? throw PartnershipError.NotFound("partner agency", partnerId);
        return partner.Category ?? key;
    }
}
