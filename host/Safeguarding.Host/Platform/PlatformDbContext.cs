using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace Safeguarding.Host.Platform;

/// <summary>
/// The host's own data, shared by every instance: module switch overrides and their history, the audit log,
/// the subject registry (people's identities, encrypted, held once; keyed hashes of their blocking keys; possible duplicates
/// and merges; keyed hashes of their addresses, for households; relationships between them; practitioners' access to them) and the Data
/// Protection key ring that encrypts them,
/// and the one-off bank holidays every module's calendar counts, so every instance on one database reads what any other wrote.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string SchemaName = "platform";

    public DbSet<ModuleSwitchOverride> SwitchOverrides => Set<ModuleSwitchOverride>();
    public DbSet<ModuleToggle> Toggles => Set<ModuleToggle>();
    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();
    public DbSet<SubjectRecord> Subjects => Set<SubjectRecord>();
    public DbSet<SubjectEnrolment> Enrolments => Set<SubjectEnrolment>();
    public DbSet<SubjectKeyHash> SubjectKeyHashes => Set<SubjectKeyHash>();
    public DbSet<RegistrySecret> RegistrySecrets => Set<RegistrySecret>();
    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();
    public DbSet<SubjectMerge> SubjectMerges => Set<SubjectMerge>();
    public DbSet<HouseholdAddress> HouseholdAddresses => Set<HouseholdAddress>();
    public DbSet<PersonRelationship> Relationships => Set<PersonRelationship>();
    public DbSet<ChildAccess> ChildAccesses => Set<ChildAccess>();
    public DbSet<SharingBasisRecord> SharingBases => Set<SharingBasisRecord>();
    public DbSet<StatutoryGateway> StatutoryGateways => Set<StatutoryGateway>();
    public DbSet<SharingAgreement> SharingAgreements => Set<SharingAgreement>();
    public DbSet<OneOffBankHolidayRecord> OneOffBankHolidays => Set<OneOffBankHolidayRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <summary>The registry's integration events, written in the same transaction as what they announce; the bus relays them through <see cref="PlatformEvents"/>.</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>Stores an event of the registry's with the changes being saved; delivered after the commit.</summary>
    public void Publish(IntegrationEvent integrationEvent) => Outbox.Add(ModuleDbContext.OutboxMessageFor(integrationEvent));

    protected override void ConfigureConventions(ModelConfigurationBuilder b) =>
        b.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasDefaultSchema(SchemaName);
        ModuleDbContext.MapOutbox(b);
        b.Entity<ModuleSwitchOverride>(e =>
        {
            e.ToTable("module_switches");
            e.HasKey(x => x.Module);
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.ChangedBy).HasMaxLength(200);
        });
        b.Entity<ModuleToggle>(e =>
        {
            e.ToTable("module_toggles");
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.ChangedBy).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.HasIndex(x => new { x.Module, x.ChangedAt });
        });
        b.Entity<AuditRecord>(e =>
        {
            e.ToTable("audit_log");
            e.Property(x => x.Actor).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(100);
            e.Property(x => x.SubjectId).HasMaxLength(64);
            e.Property(x => x.Field).HasMaxLength(100);
            e.Property(x => x.Purpose).HasMaxLength(1000);
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.Detail).HasMaxLength(2000);
            e.HasIndex(x => x.At);
            e.HasIndex(x => x.SubjectId);
        });
        b.Entity<SubjectRecord>(e =>
        {
            e.ToTable("subjects");
            e.Property(x => x.ProtectedIdentity).IsRequired();
            e.Property(x => x.RegisteredBy).HasMaxLength(200);
            // Rows written before the registry held whole people carry the first version.
            e.Property(x => x.IdentityVersion).HasDefaultValue(ProtectedIdentities.FirstVersion);
            e.HasIndex(x => x.MergedInto);
        });
        b.Entity<SubjectKeyHash>(e =>
        {
            e.ToTable("subject_key_hashes");
            e.HasKey(x => new { x.SubjectId, x.KeyHash });
            e.Property(x => x.KeyHash).HasMaxLength(64);
            e.HasIndex(x => x.KeyHash);
        });
        b.Entity<RegistrySecret>(e =>
        {
            e.ToTable("registry_secrets");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.ProtectedValue).IsRequired();
        });
        b.Entity<PossibleDuplicate>(e =>
        {
            e.ToTable("possible_duplicates");
            e.HasIndex(x => new { x.SubjectId, x.CandidateId }).IsUnique(); // a pair is asked about once
            e.HasIndex(x => x.CandidateId);
            e.HasIndex(x => x.Status);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ProtectedReasons).IsRequired();
            e.Property(x => x.RaisedInModule).HasMaxLength(100);
            e.Property(x => x.RaisedBy).HasMaxLength(200);
            e.Property(x => x.DecidedBy).HasMaxLength(200);
            e.Property(x => x.DecisionReason).HasMaxLength(PossibleDuplicate.MaxReasonLength);
        });
        b.Entity<SubjectMerge>(e =>
        {
            e.ToTable("subject_merges");
            e.HasIndex(x => x.SurvivorId);
            e.HasIndex(x => x.AbsorbedId);
            e.Ignore(x => x.Stands);
            e.Property(x => x.MergedBy).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(PossibleDuplicate.MaxReasonLength);
            e.Property(x => x.SeparatedBy).HasMaxLength(200);
            e.Property(x => x.SeparationReason).HasMaxLength(PossibleDuplicate.MaxReasonLength);
        });
        b.Entity<HouseholdAddress>(e =>
        {
            e.ToTable("household_addresses");
            e.HasKey(x => new { x.SubjectId, x.AddressHash });
            e.Property(x => x.AddressHash).HasMaxLength(64);
            e.HasIndex(x => x.AddressHash);
        });
        b.Entity<PersonRelationship>(e =>
        {
            e.ToTable("person_relationships");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.RecordedInModule).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.EndedBy).HasMaxLength(200);
            e.Property(x => x.EndReason).HasMaxLength(PersonRelationship.MaxReasonLength);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.RelativeId);
        });
        b.Entity<ChildAccess>(e =>
        {
            e.ToTable("child_access");
            e.Property(x => x.Practitioner).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(ChildAccess.MaxReasonLength);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.Property(x => x.EndedBy).HasMaxLength(200);
            e.Property(x => x.EndReason).HasMaxLength(ChildAccess.MaxReasonLength);
            e.Property(x => x.ReviewOutcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReviewNote).HasMaxLength(ChildAccess.MaxReasonLength);
            e.Property(x => x.ReviewedBy).HasMaxLength(200);
            // Every identity read asks for the reader's access to one child; the data protection officer's queue asks for sealed access by review.
            e.HasIndex(x => new { x.SubjectId, x.Practitioner });
            e.HasIndex(x => new { x.Kind, x.ReviewOutcome, x.From });
        });
        b.Entity<DataProtectionKey>(e => e.ToTable("data_protection_keys"));
        b.Entity<SharingBasisRecord>(e =>
        {
            e.ToTable("sharing_bases");
            e.HasKey(x => new { x.SubjectId, x.Module });
            e.Property(x => x.Module).HasMaxLength(100);
            e.Property(x => x.Basis).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Reason).HasMaxLength(SharingBasisRecord.MaxReasonLength);
            e.Property(x => x.GatewayCode).HasMaxLength(60);
            e.Property(x => x.RecordedBy).HasMaxLength(200);
            e.HasIndex(x => new { x.RecordedAt, x.SubjectId, x.Module }); // the data protection officer's review, newest first
        });
        b.Entity<StatutoryGateway>(e =>
        {
            e.ToTable("statutory_gateways");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.Property(x => x.Summary).HasMaxLength(1000).IsRequired();
            // Present from the first start: reference data, not demo data.
            e.HasData(Platform.Sharing.StatutoryGateways.Partnership);
        });
        b.Entity<SharingAgreement>(e =>
        {
            e.ToTable("sharing_agreements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(SharingAgreement.MaxTitleLength).IsRequired();
            e.Property(x => x.Purpose).HasMaxLength(SharingAgreement.MaxTextLength).IsRequired();
            e.Property(x => x.DataShared).HasMaxLength(SharingAgreement.MaxTextLength).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
        });
        b.Entity<SubjectEnrolment>(e =>
        {
            e.ToTable("subject_enrolments");
            e.HasKey(x => new { x.SubjectId, x.Module });
            e.Property(x => x.Module).HasMaxLength(100);
        });
        b.Entity<OneOffBankHolidayRecord>(e =>
        {
            e.ToTable("one_off_bank_holidays");
            e.HasKey(x => x.Date); // a day is held once
            e.Property(x => x.Name).HasMaxLength(OneOffBankHolidayRecord.MaxNameLength).IsRequired();
            e.HasIndex(x => x.Replaces).IsUnique(); // a day of the rules is moved at most once (NULLs are distinct)
            e.Property(x => x.AddedBy).HasMaxLength(200).IsRequired();
            // Present from the first start: reference data, not demo data.
            e.HasData(PublishedOneOffBankHolidays.EnglandAndWales.Select(d => new
            {
                d.Date, d.Name, d.Replaces, AddedBy = OneOffBankHolidayRecord.PublishedHistory, AddedAt = (DateTimeOffset?)null,
            }));
        });
    }
}

/// <summary>For the EF Core tools, through <c>tools/add-migration.sh host/Safeguarding.Host PlatformDbContext Name Platform/Migrations</c> (both providers).</summary>
internal sealed class PlatformDesignTimeFactory() : ModuleDesignTimeFactory<PlatformDbContext>(PlatformDbContext.SchemaName, o => new(o));
