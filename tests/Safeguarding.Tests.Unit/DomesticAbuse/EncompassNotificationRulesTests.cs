using Safeguarding.DomesticAbuse.Encompass;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.DomesticAbuse;

/// <summary>An Operation Encompass notification is acknowledged once, by its own setting's key adult, and announced late once.</summary>
public sealed class EncompassNotificationRulesTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly DateTimeOffset Deadline = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    private static EncompassNotification Sent() => new()
    {
        Id = Guid.NewGuid(), NoticeId = Guid.NewGuid(), SubjectId = Guid.NewGuid(), SettingId = School, SettingName = "Example Primary School",
        IncidentAt = Deadline.AddHours(-10), SentAt = Deadline.AddHours(-9), DeadlineAt = Deadline,
    };

    [Fact]
    public void The_key_adult_acknowledges_on_time_before_the_deadline_and_late_after_it()
    {
        var onTime = Sent();
        var acknowledged = onTime.Acknowledge(School, Deadline.AddMinutes(-1), "kim.keyadult");
        Assert.Equal((Deadline.AddMinutes(-1), "kim.keyadult", EncompassStatus.AcknowledgedOnTime), (onTime.AcknowledgedAt, onTime.AcknowledgedBy, onTime.StatusAt(Deadline.AddDays(1))));
        Assert.True(acknowledged.OnTime);

        var late = Sent();
        Assert.False(late.Acknowledge(School, Deadline, "kim.keyadult").OnTime);
        Assert.Equal(EncompassStatus.AcknowledgedLate, late.StatusAt(Deadline.AddDays(1)));
    }

    [Fact]
    public void Another_setting_does_not_find_it_and_a_second_acknowledgement_conflicts()
    {
        var notification = Sent();
        var elsewhere = Assert.Throws<DomainException>(() => notification.Acknowledge(Guid.NewGuid(), Deadline.AddHours(-1), "other.keyadult"));
        Assert.Equal((ErrorCodes.NotFound, $"No Operation Encompass notification for your setting was found with id {notification.Id}."), (elsewhere.Code, elsewhere.Message));
        Assert.Null(notification.AcknowledgedAt);

        notification.Acknowledge(School, Deadline.AddHours(-1), "kim.keyadult");
        var again = Assert.Throws<DomainException>(() => notification.Acknowledge(School, Deadline.AddHours(-1), "kim.keyadult"));
        Assert.Equal(ErrorCodes.Conflict, again.Code);
        Assert.StartsWith("This notification was already acknowledged at ", again.Message);
    }

    [Fact]
    public void Outstanding_becomes_overdue_at_the_deadline_and_is_announced_late_once()
    {
        var notification = Sent();
        Assert.Equal(EncompassStatus.Outstanding, notification.StatusAt(Deadline.AddTicks(-1)));
        Assert.Equal(EncompassStatus.Overdue, notification.StatusAt(Deadline));
        Assert.Null(notification.AnnounceLate(Deadline));
        var announced = notification.AnnounceLate(Deadline.AddMinutes(15));
        Assert.Equal((notification.Id, School, Deadline), (announced!.NotificationId, announced.SettingId, announced.DeadlineAt));
        Assert.Equal(Deadline.AddMinutes(15), notification.LateAnnouncedAt);
        Assert.Null(notification.AnnounceLate(Deadline.AddMinutes(30)));

        var acknowledged = Sent();
        acknowledged.Acknowledge(School, Deadline.AddHours(-1), "kim.keyadult");
        Assert.Null(acknowledged.AnnounceLate(Deadline.AddMinutes(15)));
    }
}
