namespace Safeguarding.Host.Platform;

/// <summary>
/// The platform's outbox as the event bus reads it: the subject registry publishes merges and separations in
/// <see cref="PlatformDbContext"/>'s own transaction (its <c>outbox</c> table, created by the platform's migrations), and
/// the bus relays them through this context, as it relays a module's. It maps nothing else, migrates nothing, and is
/// never written to but by the relay's marks.
/// </summary>
public sealed class PlatformEvents(DbContextOptions<PlatformEvents> options) : ModuleDbContext(options)
{
    /// <summary>The name the registry's events are relayed under (an inbox row's source).</summary>
    public const string PublisherName = "Registry";

    public static readonly EventPublisher Publisher = new(PublisherName, typeof(PlatformEvents));

    public override string Schema => PlatformDbContext.SchemaName;

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder) { }
}
