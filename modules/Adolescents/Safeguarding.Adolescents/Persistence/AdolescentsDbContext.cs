using Safeguarding.Adolescents.Briefing;
using Safeguarding.Adolescents.Intelligence;
using Safeguarding.Governance.Contracts.Agencies;
using Safeguarding.Adolescents.SafetyPlans;

namespace Safeguarding.Adolescents.Persistence;

public sealed class AdolescentsDbContext(DbContextOptions<AdolescentsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "adolescents";
    public override string Schema => SchemaName;

    public DbSet<PartnershipAgency> Partners => Set<PartnershipAgency>();
    public DbSet<MissingEpisode> MissingEpisodes => Set<MissingEpisode>();
    public DbSet<CustodyEpisode> CustodyEpisodes => Set<CustodyEpisode>();
    public DbSet<ExploitationConcern> ExploitationConcerns => Set<ExploitationConcern>();
    public DbSet<AdultOfConcern> AdultsOfConcern => Set<AdultOfConcern>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<IntelligenceLink> Links => Set<IntelligenceLink>();
    public DbSet<DailyBriefing> Briefings => Set<DailyBriefing>();
    public DbSet<BriefingEntry> BriefingEntries => Set<BriefingEntry>();
    public DbSet<AgreedResponse> Responses => Set<AgreedResponse>();
    public DbSet<SafetyPlan> SafetyPlans => Set<SafetyPlan>();
    public DbSet<SafetyPlanVersion> SafetyPlanVersions => Set<SafetyPlanVersion>();
    public DbSet<SafetyPlanRisk> SafetyPlanRisks => Set<SafetyPlanRisk>();
    public DbSet<SafetyPlanAction> SafetyPlanActions => Set<SafetyPlanAction>();

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        // Ids are made in code, so a row added to a tracked parent's collection is known to be new.
        b.HasPartnershipAgencies("partners");
        b.Entity<MissingEpisode>(e =>
        {
            e.ToTable("missing_episodes");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ReportingAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.WhereFound).HasMaxLength(500);
            e.Property(x => x.InterviewOfferedBy).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.SubjectId, "IX_missing_episodes_open_per_young_person")
                .IsUniqueBecause("This young person is already recorded as missing. Record their return before a new episode.")
                .HasFilter("\"ReturnedAt\" IS NULL");
            // Covers the briefing's read of the windows, so it never visits the table.
            e.HasIndex(x => new { x.WentMissingAt, x.SubjectId, x.ReturnedAt, x.InterviewOfferedAt });
            e.HasIndex(x => new { x.ReturnedAt, x.WentMissingAt });
            e.HasIndex(x => x.InterviewDueBy);
        });
        b.Entity<CustodyEpisode>(e =>
        {
            e.ToTable("custody_episodes");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ReportingAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.DetainedAt);
        });
        b.Entity<ExploitationConcern>(e =>
        {
            e.ToTable("exploitation_concerns");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ReportingAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.ReportedOn);
        });
        b.Entity<AdultOfConcern>(e =>
        {
            e.ToTable("adults_of_concern");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Reference).HasMaxLength(20).IsRequired();
            e.HasIndex(x => x.Reference).IsUniqueBecause("An adult of concern with that reference is already recorded.");
            e.Property(x => x.Name).HasMaxLength(AdultOfConcern.MaxNameLength);
            e.Property(x => x.KnownAs).HasMaxLength(AdultOfConcern.MaxNameLength);
            e.HasIndex(x => x.SubjectId);
            e.Property(x => x.Notes).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
        });
        b.Entity<Location>(e =>
        {
            e.ToTable("locations");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(300).IsRequired();
            e.Property(x => x.Kind).HasMaxLength(100);
        });
        b.Entity<IntelligenceLink>(e =>
        {
            e.ToTable("intelligence_links");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.AdultId, x.OccurredAt });
            e.HasIndex(x => new { x.LocationId, x.OccurredAt });
            e.HasIndex(x => x.SourceId);
        });
        b.Entity<DailyBriefing>(e =>
        {
            e.ToTable("daily_briefings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.BriefingDate).IsUniqueBecause("The briefing for that day has already been published.");
            e.Property(x => x.PublishedBy).HasMaxLength(200).IsRequired();
            e.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.BriefingId);
        });
        b.Entity<BriefingEntry>(e =>
        {
            e.ToTable("briefing_entries");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.BriefingId, x.Rank }).IsUnique();
            e.HasIndex(x => x.SubjectId);
        });
        b.Entity<AgreedResponse>(e =>
        {
            e.ToTable("agreed_responses");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Action).HasMaxLength(2000).IsRequired();
            e.Property(x => x.AgreedBy).HasMaxLength(200).IsRequired();
            e.Property(x => x.DoneBy).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(2000);
            e.HasIndex(x => x.EntryId).IsUniqueBecause("A response has already been agreed for this entry.");
            e.HasIndex(x => x.BriefingId);
        });
        b.Entity<SafetyPlan>(e =>
        {
            e.ToTable("safety_plans");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.SubjectId).IsUnique();
            e.Ignore(x => x.Current);
            // A plan keeps its versions: the database refuses to delete a plan that has any.
            e.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SafetyPlanVersion>(e =>
        {
            e.ToTable("safety_plan_versions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.PlanId, x.Number }).IsUnique();
            e.Property(x => x.SavedBy).HasMaxLength(200).IsRequired();
            e.HasMany(x => x.Risks).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SafetyPlanRisk>(e =>
        {
            e.ToTable("safety_plan_risks");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Description).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        });
        b.Entity<SafetyPlanAction>(e =>
        {
            e.ToTable("safety_plan_actions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Action).HasMaxLength(1000).IsRequired();
            e.Property(x => x.OwnerAgency).HasMaxLength(200).IsRequired();
        });
    }
}

/// <summary>For the EF Core tools: <c>tools/add-migration.sh modules/Adolescents/Safeguarding.Adolescents AdolescentsDbContext Name Persistence/Migrations</c>.</summary>
internal sealed class AdolescentsDesignTimeFactory() : ModuleDesignTimeFactory<AdolescentsDbContext>(AdolescentsDbContext.SchemaName, o => new(o));
