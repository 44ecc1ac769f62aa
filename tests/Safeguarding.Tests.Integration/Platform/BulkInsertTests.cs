using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.DomesticAbuse.Notices;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.SharedKernel.Events;
using Safeguarding.SharedKernel.Persistence;
using Safeguarding.Tests.Integration.Support;

namespace Safeguarding.Tests.Integration.Platform;

/// <summary>
/// Rows written by <see cref="BulkInsert"/> must be stored exactly as SaveChanges stores them (Guids, instants as UTC
/// ticks, enums as names, dates, nulls), commit and roll back with the caller's transaction, and never be written
/// outside one. Runs on SQLite and, in CI, on PostgreSQL.
/// </summary>
public sealed class BulkInsertTests : IDisposable
{
    private readonly PartnershipHost _host = new();

    public void Dispose() => _host.Dispose();

    private static readonly DateTimeOffset Incident = new(2026, 3, 29, 0, 30, 0, TimeSpan.FromHours(1)); // the night the clocks go forward

    private static DomesticAbuseAdult Adult(string reference, DateOnly? born) =>
        new() { Id = Guid.NewGuid(), PersonReference = reference, Name = born is null ? null : "Example Adult", DateOfBirth = born };

    private static EncompassNotification Notification(Guid noticeId) => new()
    {
        Id = Guid.NewGuid(), NoticeId = noticeId, SubjectId = Guid.NewGuid(), SettingId = DomesticAbuseDemoIds.ExamplePrimarySchool, SettingName = "Example Primary School",
        IncidentAt = Incident, SentAt = Incident.AddMinutes(5), DeadlineAt = Incident.AddHours(32), AcknowledgedAt = null, AcknowledgedBy = null,
    };

    private static ProtectionNotice Notice(string reference) => new()
    {
        Id = Guid.NewGuid(), PoliceReference = reference, ReportingAgency = "Devon and Cornwall Police", IncidentAt = Incident, LocationArea = "Devonport",
        ReceivedAt = Incident.AddMinutes(5), RecordedBy = "test", ChildCount = 1,
    };

    /// <summary>Every column of a row as the database holds it, the id column left out.</summary>
    private static async Task<List<string>> StoredRowAsync(DbContext db, string table, Guid id)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var helper = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        command.CommandText = $"SELECT * FROM {helper.DelimitIdentifier(table, DomesticAbuseDbContext.SchemaName)} WHERE {helper.DelimitIdentifier("Id")} = @id";
        var p = command.CreateParameter();
        p.ParameterName = "@id";
        p.Value = TestDatabase.Provider == DatabaseProvider.Sqlite ? id.ToString().ToUpperInvariant() : id;
        command.Parameters.Add(p);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No row {id} in {table}.");
        return Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "Id")
            .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).GetType().Name + ":" + Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}")
            .ToList();
    }

    [Fact]
    public async Task Bulk_written_rows_are_stored_as_SaveChanges_stores_them()
    {
        var bySave = (Notice: Notice("PPN-SAVED"), Adults: new[] { Adult("P-SAVED-1", new DateOnly(1990, 2, 28)), Adult("P-SAVED-2", null) });
        var byBulk = (Notice: Notice("PPN-BULK"), Adults: new[] { Adult("P-BULK-1", new DateOnly(1990, 2, 28)), Adult("P-BULK-2", null) });
        var savedLink = new NoticeAdult { Id = Guid.NewGuid(), NoticeId = bySave.Notice.Id, AdultId = bySave.Adults[0].Id, Role = AdultRole.PersonCausingHarm, IncidentAt = Incident };
        var bulkLink = new NoticeAdult { Id = Guid.NewGuid(), NoticeId = byBulk.Notice.Id, AdultId = byBulk.Adults[0].Id, Role = AdultRole.PersonCausingHarm, IncidentAt = Incident };
        var savedNotification = Notification(bySave.Notice.Id);
        var bulkNotification = Notification(byBulk.Notice.Id);
        bulkNotification.SubjectId = savedNotification.SubjectId;
        var savedEvent = new ProtectionNoticeReceived(bySave.Notice.Id, "PPN-SAVED", "Devon and Cornwall Police", Incident, "Devonport", 1) { OccurredAt = Incident };
        var bulkEvent = new ProtectionNoticeReceived(byBulk.Notice.Id, "PPN-BULK", "Devon and Cornwall Police", Incident, "Devonport", 1) { OccurredAt = Incident };

        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            db.Notices.Add(bySave.Notice);
            db.Adults.AddRange(bySave.Adults);
            db.NoticeAdults.Add(savedLink);
            db.EncompassNotifications.Add(savedNotification);
            db.Publish(savedEvent);
            await db.SaveChangesAsync();

            await using var tx = await db.Database.BeginTransactionAsync();
            await db.InsertAllAsync([byBulk.Notice], default);
            await db.InsertAllAsync(byBulk.Adults, default);
            await db.InsertAllAsync([bulkLink], default);
            await db.InsertAllAsync([bulkNotification], default);
            await db.PublishAllAsync([bulkEvent], default);
            await tx.CommitAsync();
            return 0;
        });

        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            static List<string> Except(List<string> row, params string[] columns) => row.Where(c => !columns.Any(x => c.StartsWith(x + "=", StringComparison.Ordinal))).ToList();
            Assert.Equal(Except(await StoredRowAsync(db, "protection_notices", bySave.Notice.Id), "PoliceReference"),
                Except(await StoredRowAsync(db, "protection_notices", byBulk.Notice.Id), "PoliceReference"));
            for (var i = 0; i < 2; i++)
                Assert.Equal(Except(await StoredRowAsync(db, "adults", bySave.Adults[i].Id), "PersonReference"),
                    Except(await StoredRowAsync(db, "adults", byBulk.Adults[i].Id), "PersonReference"));
            Assert.Equal(Except(await StoredRowAsync(db, "notice_adults", savedLink.Id), "NoticeId", "AdultId"),
                Except(await StoredRowAsync(db, "notice_adults", bulkLink.Id), "NoticeId", "AdultId"));
            Assert.Equal(Except(await StoredRowAsync(db, "encompass_notifications", savedNotification.Id), "NoticeId"),
                Except(await StoredRowAsync(db, "encompass_notifications", bulkNotification.Id), "NoticeId"));

            // Read back through EF Core, the values are the ones written.
            var adult = await db.Adults.AsNoTracking().SingleAsync(a => a.PersonReference == "P-BULK-1");
            Assert.Equal(new DateOnly(1990, 2, 28), adult.DateOfBirth);
            Assert.Equal(AdultRole.PersonCausingHarm, (await db.NoticeAdults.AsNoTracking().SingleAsync(a => a.Id == bulkLink.Id)).Role);
            var notification = await db.EncompassNotifications.AsNoTracking().SingleAsync(n => n.Id == bulkNotification.Id);
            Assert.Equal(Incident.AddHours(32), notification.DeadlineAt);
            Assert.Null(notification.AcknowledgedAt);
            Assert.Single(await db.EncompassNotifications.AsNoTracking().Where(n => n.DeadlineAt > Incident.AddHours(31) && n.Id == bulkNotification.Id).ToListAsync());

            // The event is in the outbox like a published one: numbered after it, same type, same JSON shape.
            var outbox = await db.Outbox.AsNoTracking().Where(m => m.Id == savedEvent.EventId || m.Id == bulkEvent.EventId).OrderBy(m => m.Sequence).ToListAsync();
            Assert.Equal([savedEvent.EventId, bulkEvent.EventId], outbox.Select(m => m.Id));
            Assert.Equal(outbox[0].EventType, outbox[1].EventType);
            Assert.Equal(outbox[0].OccurredAt, outbox[1].OccurredAt);
            Assert.Equal(outbox[0].Payload.Replace(savedEvent.EventId.ToString(), "").Replace(bySave.Notice.Id.ToString(), "").Replace("PPN-SAVED", ""),
                outbox[1].Payload.Replace(bulkEvent.EventId.ToString(), "").Replace(byBulk.Notice.Id.ToString(), "").Replace("PPN-BULK", ""));
            return 0;
        });
    }

    [Fact]
    public async Task A_bulk_write_rolls_back_with_its_transaction_and_refuses_to_run_outside_one()
    {
        Task<(int, int, int)> CountsAsync() => _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            return (await db.Notices.CountAsync(), await db.Outbox.CountAsync(), await db.Adults.CountAsync());
        });
        var before = await CountsAsync();
        await _host.ScopedAsync(async sp =>
        {
            var db = sp.GetRequiredService<DomesticAbuseDbContext>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertAllAsync([Notice("PPN-NO-TRANSACTION")], default));

            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                // Six hundred notices: several statements, the last one shorter.
                await db.InsertAllAsync(Enumerable.Range(0, 600).Select(i => Notice($"PPN-ROLLED-BACK-{i}")).ToList(), default);
                await db.PublishAllAsync([new ProtectionNoticeReceived(Guid.NewGuid(), "PPN-ROLLED-BACK-0", "Devon and Cornwall Police", Incident, "Devonport", 1)], default);
                Assert.Equal(600, await db.Notices.CountAsync(n => n.PoliceReference.StartsWith("PPN-ROLLED-BACK-")));
                await tx.RollbackAsync();
            }
            Assert.Equal(0, await db.Notices.CountAsync(n => n.PoliceReference.StartsWith("PPN-ROLLED-BACK-")));

            // A unique index refusing a bulk-written row is recognised as such (the intake retries on it).
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                var error = await Assert.ThrowsAnyAsync<DbException>(() => db.InsertAllAsync([Notice("PPN-TWICE"), Notice("PPN-TWICE")], default));
                Assert.True(BulkInsert.IsWriteConflict(error));
            }
            return 0;
        });
        Assert.Equal(before, await CountsAsync());
    }
}
