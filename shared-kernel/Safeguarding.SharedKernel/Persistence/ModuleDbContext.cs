using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>
/// The base of every module's DbContext: its own schema, plus the outbox it publishes through
/// and the inbox it receives other modules' events into.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>The database this context runs on.</summary>
    public DatabaseProvider Provider { get; } = ModuleDatabase.ProviderOf(options);

    /// <summary>The schema this module owns; on SQLite the file name of its database.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    internal bool HasUnsignalledEvents { get; set; }

    /// <summary>Reference data (<see cref="ReferenceData{TContext,TEntity}"/>) this context has saved changes to and not yet committed.</summary>
    internal HashSet<Type>? ChangedReferenceData { get; set; }

    /// <summary>Stores the event with the data being saved; it is delivered only after the transaction commits.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        Outbox.Add(OutboxMessageFor(integrationEvent));
        HasUnsignalledEvents = true;
    }

    /// <summary>The outbox row that carries an event: its type's published name and its JSON.</summary>
    public static OutboxMessage OutboxMessageFor(IntegrationEvent integrationEvent)
    {
        if (integrationEvent.OccurredAt == default) integrationEvent = integrationEvent with { OccurredAt = DateTimeOffset.UtcNow };
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            EventType = IntegrationEventHandlers.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, EventJson),
            OccurredAt = integrationEvent.OccurredAt,
        };
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        MapOutbox(modelBuilder);
        modelBuilder.Entity<InboxMessage>(e =>
        {
            e.ToTable("inbox");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedOnAdd();
            e.HasIndex(x => new { x.MessageId, x.Handler }).IsUnique();
            e.HasIndex(x => x.ProcessedAt);
            e.Property(x => x.EventType).HasMaxLength(300).IsRequired();
            e.Property(x => x.Handler).HasMaxLength(300).IsRequired();
            e.Property(x => x.SourceModule).HasMaxLength(100).IsRequired();
        });
        OnModuleModelCreating(modelBuilder);
        // The outbox and inbox are claimed and marked by the event bus with its own locks; every other table is versioned.
        RowVersions.AddToEveryEntity(modelBuilder, typeof(OutboxMessage), typeof(InboxMessage));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RowVersions.Advance(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RowVersions.Advance(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money and grades are decimal; SQLite stores decimals as text so that pence never drift.
        // DateTimeOffset is stored as UTC ticks so that it orders and compares in SQL on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected abstract void OnModuleModelCreating(ModelBuilder modelBuilder);

    /// <summary>The <c>outbox</c> table, as every publisher maps it: the platform's context writes its own with this too.</summary>
    public static void MapOutbox(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedOnAdd();
            e.HasIndex(x => x.Id).IsUnique();
            e.HasIndex(x => x.DispatchedAt);
            e.Property(x => x.EventType).HasMaxLength(300).IsRequired();
            e.Property(x => x.Payload).IsRequired();
        });
}

/// <summary>An event stored with the publisher's data, waiting to be relayed to subscribers.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }
    public Guid Id { get; set; }
    public string EventType { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int RelayAttempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>One delivery of an event to one handler of the subscribing module; the dedup record of that handler.</summary>
public sealed class InboxMessage
{
    public long Sequence { get; set; }
    public Guid MessageId { get; set; }
    public string EventType { get; set; } = "";
    public string Handler { get; set; } = "";
    public string SourceModule { get; set; } = "";
    public string Payload { get; set; } = "";
    public DateTimeOffset ReceivedAt { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set when the handler kept failing past the retry limit; kept for an administrator to inspect.</summary>
    public DateTimeOffset? ParkedAt { get; set; }
}
