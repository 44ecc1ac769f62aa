using Safeguarding.Funding.Partners;
using Safeguarding.Funding.Years;

namespace Safeguarding.Funding.Persistence;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "funding";
    public override string Schema => SchemaName;

    public DbSet<FundingYear> Years => Set<FundingYear>();
    public DbSet<IncomeLine> Income => Set<IncomeLine>();
    public DbSet<ExpenditureLine> Expenditure => Set<ExpenditureLine>();
    public DbSet<BudgetLine> Budget => Set<BudgetLine>();
    public DbSet<FundingPartner> Partners => Set<FundingPartner>();

    /// <summary>A year with all its lines, tracked (for changes) or not.</summary>
    public Task<FundingYear?> YearAsync(string label, CancellationToken ct, bool tracked = false)
    {
        var query = Years.Include(y => y.Income).Include(y => y.Expenditure).Include(y => y.Budget).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(y => y.Label == label, ct);
    }

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        // Ids are made in code, so a line added to a tracked year's collection is known to be new.
        b.Entity<FundingYear>().Property(x => x.Id).ValueGeneratedNever();
        b.Entity<IncomeLine>().Property(x => x.Id).ValueGeneratedNever();
        b.Entity<ExpenditureLine>().Property(x => x.Id).ValueGeneratedNever();
        b.Entity<BudgetLine>().Property(x => x.Id).ValueGeneratedNever();
        b.Entity<FundingYear>(e =>
        {
            e.ToTable("financial_years");
            e.Property(x => x.Label).HasMaxLength(7).IsRequired();
            e.HasIndex(x => x.Label).IsUniqueBecause("That financial year is already open.");
            e.Property(x => x.OpeningReserve).HasPrecision(12, 2);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ClosedBy).HasMaxLength(200);
            e.HasMany(x => x.Income).WithOne().HasForeignKey(x => x.YearId);
            e.HasMany(x => x.Expenditure).WithOne().HasForeignKey(x => x.YearId);
            e.HasMany(x => x.Budget).WithOne().HasForeignKey(x => x.YearId);
            e.Ignore(x => x.TotalIncome); e.Ignore(x => x.TotalExpenditure); e.Ignore(x => x.Surplus); e.Ignore(x => x.ClosingReserve);
        });
        b.Entity<IncomeLine>(e =>
        {
            e.ToTable("income");
            e.Property(x => x.Source).HasMaxLength(200).IsRequired();
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Ignore(x => x.IsGrant);
        });
        b.Entity<ExpenditureLine>(e =>
        {
            e.ToTable("expenditure");
            e.Property(x => x.Category).HasMaxLength(100).IsRequired();
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Amount).HasPrecision(12, 2);
        });
        b.Entity<BudgetLine>(e =>
        {
            e.ToTable("budget");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Heading).HasMaxLength(200).IsRequired();
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.HasIndex(x => new { x.YearId, x.Kind, x.Heading }).IsUniqueBecause("That heading of the year was being recorded by someone else at the same moment; look at the year again.");
        });
        b.Entity<FundingPartner>(e =>
        {
            e.ToTable("partners");
            e.HasKey(x => x.PartnerId);
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
        });
    }
}

/// <summary>For the EF Core tools: <c>tools/add-migration.sh modules/Funding/Safeguarding.Funding FundingDbContext Name Persistence/Migrations</c>.</summary>
internal sealed class FundingDesignTimeFactory() : ModuleDesignTimeFactory<FundingDbContext>(FundingDbContext.SchemaName, o => new(o));
