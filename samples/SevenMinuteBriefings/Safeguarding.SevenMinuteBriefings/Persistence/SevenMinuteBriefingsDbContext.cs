using Safeguarding.SevenMinuteBriefings.Briefings;

namespace Safeguarding.SevenMinuteBriefings.Persistence;

public sealed class SevenMinuteBriefingsDbContext(DbContextOptions<SevenMinuteBriefingsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sevenminutebriefings";
    public override string Schema => SchemaName;

    public DbSet<SevenMinuteBriefing> Briefings => Set<SevenMinuteBriefing>();

    protected override void OnModuleModelCreating(ModelBuilder b) =>
        b.Entity<SevenMinuteBriefing>(e =>
        {
            e.ToTable("briefings");
            e.Property(x => x.Title).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.Title).IsUniqueBecause("A briefing with that title is already published.");
            e.Property(x => x.Learning).HasMaxLength(4000).IsRequired();
            e.Property(x => x.PublishedBy).HasMaxLength(200).IsRequired();
        });
}

internal sealed class SevenMinuteBriefingsDesignTimeFactory() : ModuleDesignTimeFactory<SevenMinuteBriefingsDbContext>(SevenMinuteBriefingsDbContext.SchemaName, o => new(o));
