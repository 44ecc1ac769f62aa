using Safeguarding.Scrutiny.ReadModel;
using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.Scrutiny.Report;
using Safeguarding.Scrutiny.Returns;

namespace Safeguarding.Scrutiny.Persistence;

/// <summary>
/// Scrutiny's own data: the facts it learned from other modules' events (the read model, rebuilt by a replay), the
/// agencies' data returns and who is expected to supply them, the figures the partnership published, and the
/// scrutineer's recommendations with their history. Never another module's tables.
/// </summary>
public sealed class ScrutinyDbContext(DbContextOptions<ScrutinyDbContext> options) : ModuleDbContext(options), IRebuildableReadModel
{
    public const string SchemaName = "scrutiny";
    public override string Schema => SchemaName;

    public DbSet<Fact> Facts => Set<Fact>();
    public DbSet<DataReturn> DataReturns => Set<DataReturn>();
    public DbSet<DataSupplier> DataSuppliers => Set<DataSupplier>();
    public DbSet<PublishedFigure> PublishedFigures => Set<PublishedFigure>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<RecommendationChange> RecommendationChanges => Set<RecommendationChange>();

    /// <summary>Only the facts are derived from events; returns, published figures and recommendations are Scrutiny's own records.</summary>
    public async Task ClearReadModelAsync(CancellationToken cancellationToken)
    {
        await Facts.ExecuteDeleteAsync(cancellationToken);
        ChangeTracker.Clear();
    }

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        b.Entity<Fact>(e =>
        {
            e.ToTable("facts");
            e.HasKey(x => new { x.Kind, x.Key });
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Key).HasMaxLength(120);
            e.Property(x => x.Agency).HasMaxLength(300);
            e.Property(x => x.Category).HasMaxLength(300);
            e.Property(x => x.Period).HasMaxLength(20);
            e.Property(x => x.Outcome).HasMaxLength(40);
            e.Property(x => x.Value).HasPrecision(18, 2);
            e.HasIndex(x => new { x.Kind, x.On });
        });
        b.Entity<DataReturn>(e =>
        {
            e.ToTable("data_returns");
            e.Property(x => x.Measure).HasMaxLength(60);
            e.Property(x => x.Quarter).HasMaxLength(20);
            e.Property(x => x.Agency).HasMaxLength(300);
            e.Property(x => x.SubmittedBy).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.Value).HasPrecision(18, 2);
            e.HasIndex(x => new { x.Measure, x.Quarter, x.PartnerId }).IsUniqueBecause("That agency's return for that measure and quarter is already recorded.");
        });
        b.Entity<DataSupplier>(e =>
        {
            e.ToTable("data_suppliers");
            e.Property(x => x.Measure).HasMaxLength(60);
            e.Property(x => x.Agency).HasMaxLength(300);
            e.Property(x => x.ExpectedFrom).HasMaxLength(20);
            e.Property(x => x.NoDataSince).HasMaxLength(7);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => new { x.Measure, x.PartnerId }).IsUniqueBecause("That agency is already expected to return that measure.");
        });
        b.Entity<PublishedFigure>(e =>
        {
            e.ToTable("published_figures");
            e.Property(x => x.Section).HasMaxLength(100);
            e.Property(x => x.Measure).HasMaxLength(300);
            e.Property(x => x.Year).HasMaxLength(7);
            e.Property(x => x.Unit).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Source).HasMaxLength(300);
            e.Property(x => x.Value).HasPrecision(18, 2);
            e.HasIndex(x => new { x.Year, x.Section, x.Measure }).IsUniqueBecause("That published figure is already recorded for that year.");
        });
        b.Entity<Recommendation>(e =>
        {
            e.ToTable("recommendations");
            e.Property(x => x.Year).HasMaxLength(7);
            e.Property(x => x.Theme).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Finding).HasMaxLength(4000);
            e.Property(x => x.Owner).HasMaxLength(200);
            e.Property(x => x.Response).HasMaxLength(4000);
            e.Property(x => x.ClosureEvidence).HasMaxLength(4000);
            e.HasIndex(x => new { x.Year, x.Theme });
        });
        b.Entity<RecommendationChange>(e =>
        {
            e.ToTable("recommendation_changes");
            e.Property(x => x.Id).ValueGeneratedOnAdd();
            e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ChangedBy).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasIndex(x => x.RecommendationId);
        });
    }
}

internal sealed class ScrutinyDesignTimeFactory() : ModuleDesignTimeFactory<ScrutinyDbContext>(ScrutinyDbContext.SchemaName, o => new(o));
