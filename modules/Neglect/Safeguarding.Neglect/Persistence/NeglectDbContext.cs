using Safeguarding.Neglect.Assessments;
using Safeguarding.Neglect.Templates;
using Safeguarding.Neglect.Workstream;

namespace Safeguarding.Neglect.Persistence;

public sealed class NeglectDbContext(DbContextOptions<NeglectDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "neglect";
    public override string Schema => SchemaName;

    public DbSet<AssessmentTemplate> Templates => Set<AssessmentTemplate>();
    public DbSet<TemplateArea> TemplateAreas => Set<TemplateArea>();
    public DbSet<TemplateSubArea> TemplateSubAreas => Set<TemplateSubArea>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<SubAreaGrade> Grades => Set<SubAreaGrade>();
    public DbSet<FamilyPlanAction> FamilyPlanActions => Set<FamilyPlanAction>();
    public DbSet<ChildProtectionPlan> ChildProtectionPlans => Set<ChildProtectionPlan>();
    public DbSet<DentalExtractionCount> DentalExtractions => Set<DentalExtractionCount>();
    public DbSet<TrainingReach> Training => Set<TrainingReach>();

    /// <summary>A template with its areas and sub-areas, in order.</summary>
    public async Task<AssessmentTemplate?> TemplateAsync(Guid id, CancellationToken ct)
    {
        var template = await Templates.AsNoTracking().Include(t => t.Areas).ThenInclude(a => a.SubAreas).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, ct);
        Order(template);
        return template;
    }

    public async Task<List<AssessmentTemplate>> AllTemplatesAsync(CancellationToken ct)
    {
        var templates = await Templates.AsNoTracking().Include(t => t.Areas).ThenInclude(a => a.SubAreas).AsSplitQuery()
            .OrderBy(t => t.Code).ThenBy(t => t.Version).ToListAsync(ct);
        templates.ForEach(Order);
        return templates;
    }

    private static void Order(AssessmentTemplate? template)
    {
        if (template is null) return;
        template.Areas = template.Areas.OrderBy(a => a.Position).ToList();
        foreach (var area in template.Areas) area.SubAreas = area.SubAreas.OrderBy(s => s.Position).ToList();
    }

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        // Ids are made in code, so a row added to a tracked parent's collection is known to be new.
        b.Entity<AssessmentTemplate>(e =>
        {
            e.ToTable("templates");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Code).HasMaxLength(20).IsRequired();
            e.Property(x => x.Label).HasMaxLength(100).IsRequired();
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
            e.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.TemplateId);
        });
        b.Entity<TemplateArea>(e =>
        {
            e.ToTable("template_areas");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Code).HasMaxLength(20).IsRequired();
            e.Property(x => x.Label).HasMaxLength(60).IsRequired();
            e.HasIndex(x => new { x.TemplateId, x.Code }).IsUnique();
            e.HasMany(x => x.SubAreas).WithOne().HasForeignKey(x => x.AreaId);
        });
        b.Entity<TemplateSubArea>(e =>
        {
            e.ToTable("template_sub_areas");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Code).HasMaxLength(20).IsRequired();
            e.Property(x => x.Label).HasMaxLength(60).IsRequired();
            e.HasIndex(x => new { x.AreaId, x.Code }).IsUnique();
        });
        b.Entity<Assessment>(e =>
        {
            e.ToTable("assessments");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.TemplateCode).HasMaxLength(20).IsRequired();
            e.Property(x => x.Agency).HasMaxLength(200).IsRequired();
            e.Property(x => x.Practitioner).HasMaxLength(200).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.CorrectionReason).HasMaxLength(1000);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.CorrectsAssessmentId)
                .IsUniqueBecause("This assessment already has a correction; correct that one instead.")
                .HasFilter("\"CorrectsAssessmentId\" IS NOT NULL");
            e.HasMany(x => x.Grades).WithOne().HasForeignKey(x => x.AssessmentId);
            e.Ignore(x => x.IsDraft);
        });
        b.Entity<SubAreaGrade>(e =>
        {
            e.ToTable("sub_area_grades");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.AreaCode).HasMaxLength(20).IsRequired();
            e.Property(x => x.SubAreaCode).HasMaxLength(20).IsRequired();
            e.Property(x => x.Flag).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.AssessmentId, x.SubAreaCode }).IsUnique();
        });
        b.Entity<FamilyPlanAction>(e =>
        {
            e.ToTable("family_plan_actions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.AreaCode).HasMaxLength(20).IsRequired();
            e.Property(x => x.Action).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Owner).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.SubjectId);
        });
        b.Entity<ChildProtectionPlan>(e =>
        {
            e.ToTable("child_protection_plans");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.SubjectId);
            e.HasIndex(x => x.SubjectId, "IX_child_protection_plans_open_per_child")
                .IsUniqueBecause("This child already has an open child protection plan; end it before recording another.")
                .HasFilter("\"EndedOn\" IS NULL");
            e.HasIndex(x => new { x.StartedOn, x.EndedOn });
        });
        b.Entity<DentalExtractionCount>(e =>
        {
            e.ToTable("dental_extractions");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.HasIndex(x => x.Year).IsUniqueBecause("The count for that year is already recorded.");
            e.Property(x => x.ReportedBy).HasMaxLength(200).IsRequired();
        });
        b.Entity<TrainingReach>(e =>
        {
            e.ToTable("training_reach");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.Property(x => x.Topic).HasMaxLength(200).IsRequired();
            e.HasIndex(x => new { x.Year, x.Topic }).IsUniqueBecause("That year's figures for the topic were being added to by someone else at the same moment; add yours again.");
        });
    }
}

/// <summary>For the EF Core tools: <c>tools/add-migration.sh modules/Neglect/Safeguarding.Neglect NeglectDbContext Name Persistence/Migrations</c>.</summary>
internal sealed class NeglectDesignTimeFactory() : ModuleDesignTimeFactory<NeglectDbContext>(NeglectDbContext.SchemaName, o => new(o));
