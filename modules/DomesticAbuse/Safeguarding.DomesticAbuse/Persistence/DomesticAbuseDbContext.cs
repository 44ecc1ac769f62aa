using Safeguarding.Governance.Contracts.Agencies;
using Safeguarding.DomesticAbuse.Calendar;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Enquiries;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Risk;
using Safeguarding.DomesticAbuse.Settings;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.Persistence;

public sealed class DomesticAbuseDbContext(DbContextOptions<DomesticAbuseDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "domesticabuse";
    public override string Schema => SchemaName;

    public DbSet<PartnershipAgency> Agencies => Set<PartnershipAgency>();
    public DbSet<EducationSetting> Settings => Set<EducationSetting>();
    public DbSet<ChildSetting> ChildSettings => Set<ChildSetting>();
    public DbSet<ProtectionNotice> Notices => Set<ProtectionNotice>();
    public DbSet<NoticeChild> NoticeChildren => Set<NoticeChild>();
    public DbSet<DomesticAbuseAdult> Adults => Set<DomesticAbuseAdult>();
    public DbSet<NoticeAdult> NoticeAdults => Set<NoticeAdult>();
    public DbSet<EncompassNotification> EncompassNotifications => Set<EncompassNotification>();
    public DbSet<DashAssessment> DashAssessments => Set<DashAssessment>();
    public DbSet<MaracReferral> MaracReferrals => Set<MaracReferral>();
    public DbSet<MaracAction> MaracActions => Set<MaracAction>();
    public DbSet<RoutineEnquiry> RoutineEnquiries => Set<RoutineEnquiry>();
    public DbSet<HospitalAlert> HospitalAlerts => Set<HospitalAlert>();
    public DbSet<PublishedChildrenFigure> PublishedFigures => Set<PublishedChildrenFigure>();
    public DbSet<SchoolHolidayPeriod> SchoolHolidayPeriods => Set<SchoolHolidayPeriod>();

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        b.HasPartnershipAgencies();
        // Ids are made in code, so a row added to a tracked parent's collection is known to be new.
        b.Entity<EducationSetting>(e =>
        {
            e.ToTable("education_settings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(EducationSetting.MaxNameLength).IsRequired();
            e.Property(x => x.NameKey).HasMaxLength(EducationSetting.MaxNameLength).IsRequired();
            e.HasIndex(x => x.NameKey).IsUniqueBecause("There is already a setting of that name; names are compared ignoring letter case and spaces.");
            e.Ignore(x => x.IsRetired);
            e.Ignore(x => x.ReceivesNotifications);
            e.Property(x => x.Phase).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.KeyAdult).HasMaxLength(200).IsRequired();
        });
        b.Entity<ChildSetting>(e =>
        {
            e.ToTable("child_settings");
            e.HasKey(x => x.SubjectId);
            e.HasIndex(x => x.SettingId);
        });
        b.Entity<ProtectionNotice>(e =>
        {
            e.ToTable("protection_notices");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.PoliceReference).HasMaxLength(50).IsRequired();
            e.HasIndex(x => x.PoliceReference).IsUniqueBecause("A notice with that police reference is already stored.");
            e.Property(x => x.ReportingAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.LocationArea).HasMaxLength(100).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.IncidentAt);
            e.HasMany(x => x.Children).WithOne().HasForeignKey(x => x.NoticeId);
            e.HasMany(x => x.Adults).WithOne().HasForeignKey(x => x.NoticeId);
        });
        b.Entity<NoticeChild>(e =>
        {
            e.ToTable("notice_children");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.SubjectId, x.IncidentAt });
            e.HasIndex(x => x.NoticeId);
        });
        b.Entity<DomesticAbuseAdult>(e =>
        {
            e.ToTable("adults");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.PersonReference).HasMaxLength(50).IsRequired();
            e.HasIndex(x => x.PersonReference).IsUniqueBecause("An adult with that police person reference was being stored by someone else at the same moment; send it again.");
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => x.SubjectId);
        });
        b.Entity<NoticeAdult>(e =>
        {
            e.ToTable("notice_adults");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
            e.HasIndex(x => new { x.AdultId, x.IncidentAt });
            e.HasIndex(x => x.NoticeId);
            e.HasOne<DomesticAbuseAdult>().WithMany().HasForeignKey(x => x.AdultId);
        });
        b.Entity<EncompassNotification>(e =>
        {
            e.ToTable("encompass_notifications");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.SettingName).HasMaxLength(200).IsRequired();
            e.Property(x => x.AcknowledgedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.SettingId, x.DeadlineAt });
            e.HasIndex(x => new { x.AcknowledgedAt, x.LateAnnouncedAt, x.DeadlineAt });
            e.HasIndex(x => x.NoticeId);
            e.HasIndex(x => x.SubjectId);
            e.Ignore(x => x.AcknowledgedOnTime);
        });
        b.Entity<DashAssessment>(e =>
        {
            e.ToTable("dash_assessments");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Practitioner).HasMaxLength(200).IsRequired();
            e.Property(x => x.Answers).HasMaxLength(24).IsRequired();
            e.Property(x => x.RiskLevel).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.HighRiskBasis).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.JudgementReason).HasMaxLength(2000);
            e.HasIndex(x => x.VictimAdultId);
            e.HasIndex(x => x.CompletedOn);
        });
        b.Entity<MaracReferral>(e =>
        {
            e.ToTable("marac_referrals");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.ReferringAgency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Basis).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.AssessmentId).IsUniqueBecause("This assessment has already been referred to the MARAC.");
            e.HasMany(x => x.Actions).WithOne().HasForeignKey(x => x.ReferralId);
        });
        b.Entity<MaracAction>(e =>
        {
            e.ToTable("marac_actions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Action).HasMaxLength(1000).IsRequired();
        });
        b.Entity<RoutineEnquiry>(e =>
        {
            e.ToTable("routine_enquiries");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.EnquiredOn);
        });
        b.Entity<HospitalAlert>(e =>
        {
            e.ToTable("hospital_alerts");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Reason).HasMaxLength(200).IsRequired();
            e.Property(x => x.RaisedBy).HasMaxLength(200).IsRequired();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.RemovalReason).HasMaxLength(1000);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.SubjectId, "IX_hospital_alerts_active_per_child")
                .IsUniqueBecause("The child already has an active hospital alert; remove it before raising another.")
                .HasFilter("\"RemovedOn\" IS NULL");
        });
        b.Entity<SchoolHolidayPeriod>(e =>
        {
            e.ToTable("school_holiday_periods");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(SchoolHolidayPeriod.MaxNameLength).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasIndex(x => new { x.SettingId, x.FirstDay });
            e.HasIndex(x => x.LastDay);
            e.HasOne<EducationSetting>().WithMany().HasForeignKey(x => x.SettingId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<PublishedChildrenFigure>(e =>
        {
            e.ToTable("published_children_figures");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.HasIndex(x => x.Year).IsUniqueBecause("The published figure for that year is already recorded.");
            e.Property(x => x.Source).HasMaxLength(300).IsRequired();
        });
    }
}

/// <summary>For the EF Core tools: <c>tools/add-migration.sh modules/DomesticAbuse/Safeguarding.DomesticAbuse DomesticAbuseDbContext Name Persistence/Migrations</c>.</summary>
internal sealed class DomesticAbuseDesignTimeFactory() : ModuleDesignTimeFactory<DomesticAbuseDbContext>(DomesticAbuseDbContext.SchemaName, o => new(o));
