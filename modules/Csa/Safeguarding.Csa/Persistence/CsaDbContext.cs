using Safeguarding.Governance.Contracts.Agencies;
using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;

namespace Safeguarding.Csa.Persistence;

public sealed class CsaDbContext(DbContextOptions<CsaDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "csa";
    public override string Schema => SchemaName;

    public DbSet<PartnershipAgency> Agencies => Set<PartnershipAgency>();
    public DbSet<IndicatorCategory> Categories => Set<IndicatorCategory>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<DiscussionFlag> Flags => Set<DiscussionFlag>();
    public DbSet<HsbIncident> HsbIncidents => Set<HsbIncident>();
    public DbSet<SupportReferral> Referrals => Set<SupportReferral>();
    public DbSet<SexualAbusePlan> SexualAbusePlans => Set<SexualAbusePlan>();
    public DbSet<HospitalSafeguardedCases> HospitalCases => Set<HospitalSafeguardedCases>();
    public DbSet<WorkshopTraining> Training => Set<WorkshopTraining>();
    public DbSet<AwarenessActivity> AwarenessActivities => Set<AwarenessActivity>();

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        b.HasPartnershipAgencies();
        b.Entity<IndicatorCategory>(e =>
        {
            e.ToTable("indicator_categories");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.Label).HasMaxLength(100).IsRequired();
            // Reference data: present in every database, demo or not.
            // Seeded rows carry the row version every table has (RowVersions), at its first value.
            e.HasData(IndicatorCategory.All.Select(c => (object)new { c.Code, c.Label, c.Position, RowVersion = 0 }));
        });
        b.Entity<Indicator>(e =>
        {
            e.ToTable("indicators");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.CategoryCode).HasMaxLength(40).IsRequired();
            e.HasOne<IndicatorCategory>().WithMany().HasForeignKey(x => x.CategoryCode).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.SourceAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Description).HasMaxLength(2000).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => new { x.SubjectId, x.ObservedOn });
        });
        b.Entity<DiscussionFlag>(e =>
        {
            e.ToTable("discussion_flags");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Reason).HasMaxLength(20).IsRequired();
            e.Property(x => x.DiscussionAgencies).HasMaxLength(2000);
            e.Property(x => x.DiscussionOutcome).HasMaxLength(2000);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Ignore(x => x.IsOpen);
            e.Ignore(x => x.Agencies);
            e.HasIndex(x => x.SubjectId);
            // One open flag per child, whatever two requests race to do.
            e.HasIndex(x => x.SubjectId, "IX_discussion_flags_open_per_subject").IsUniqueBecause("This child already has an open flag for a multi-agency discussion.").HasFilter("\"DiscussionHeldOn\" IS NULL");
        });
        b.Entity<HsbIncident>(e =>
        {
            e.ToTable("hsb_incidents");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Behaviour).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Response).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.OccurredOn);
        });
        b.Entity<SupportReferral>(e =>
        {
            e.ToTable("support_referrals");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Service).HasMaxLength(200).IsRequired();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.ReferringAgency).HasMaxLength(200).IsRequired();
            e.Ignore(x => x.WaitingDays);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.StartedOn);
        });
        b.Entity<SexualAbusePlan>(e =>
        {
            e.ToTable("sexual_abuse_plans");
            e.HasKey(x => x.PlanId);
            e.Property(x => x.PlanId).ValueGeneratedNever();
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => new { x.StartedOn, x.EndedOn });
        });
        b.Entity<HospitalSafeguardedCases>(e =>
        {
            e.ToTable("hospital_safeguarded_cases");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.HasIndex(x => x.Year).IsUniqueBecause("The count for that year is already recorded.");
            e.Property(x => x.Source).HasMaxLength(200).IsRequired();
        });
        b.Entity<WorkshopTraining>(e =>
        {
            e.ToTable("workshop_training");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.Property(x => x.Workshop).HasMaxLength(200).IsRequired();
            e.HasIndex(x => new { x.Year, x.Workshop }).IsUniqueBecause("That workshop's reach for that year was being recorded by someone else at the same moment; look at it again.");
        });
        b.Entity<AwarenessActivity>(e =>
        {
            e.ToTable("awareness_activities");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.Property(x => x.Title).HasMaxLength(200).IsRequired();
            e.Property(x => x.Partners).HasMaxLength(500).IsRequired();
            e.Property(x => x.Summary).HasMaxLength(2000).IsRequired();
        });
    }
}

/// <summary>For the EF Core tools: <c>tools/add-migration.sh modules/Csa/Safeguarding.Csa CsaDbContext Name Persistence/Migrations</c>.</summary>
internal sealed class CsaDesignTimeFactory() : ModuleDesignTimeFactory<CsaDbContext>(CsaDbContext.SchemaName, o => new(o));
