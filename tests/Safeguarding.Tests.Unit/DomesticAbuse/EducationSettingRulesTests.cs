using Safeguarding.DomesticAbuse.Settings;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.DomesticAbuse;

/// <summary>Settings are registered, renamed, subscribed and retired by their rules; a child is linked only to a setting still open.</summary>
public sealed class EducationSettingRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static EducationSetting School(string name = "Example Primary School") =>
        EducationSetting.Register(Guid.NewGuid(), name, SettingPhase.Primary, true, "Designated safeguarding lead");

    [Fact]
    public void A_child_is_linked_to_an_open_setting_and_moves_to_another()
    {
        var child = Guid.NewGuid();
        var first = School();
        var link = ChildSetting.Link(child, first, Now);
        Assert.Equal((child, first.Id, Now), (link.SubjectId, link.SettingId, link.LinkedAt));

        var next = School("Example Secondary School");
        link.MoveTo(next, Now.AddDays(1));
        Assert.Equal((child, next.Id, Now.AddDays(1)), (link.SubjectId, link.SettingId, link.LinkedAt));
    }

    [Fact]
    public void A_child_is_not_linked_or_moved_to_a_retired_setting()
    {
        var closed = School("Example Closed School");
        closed.Retire(new DateOnly(2026, 2, 27), Today);
        const string Message = "Example Closed School was retired on 27 February 2026; link the child to the setting they attend now.";

        var refused = Assert.Throws<DomainException>(() => ChildSetting.Link(Guid.NewGuid(), closed, Now));
        Assert.Equal((ErrorCodes.Validation, Message), (refused.Code, refused.Message));
        Assert.Equal("settingId", Assert.Single(refused.Problems).Field);

        var open = School();
        var link = ChildSetting.Link(Guid.NewGuid(), open, Now);
        var moved = Assert.Throws<DomainException>(() => link.MoveTo(closed, Now.AddDays(1)));
        Assert.Equal((ErrorCodes.Validation, Message), (moved.Code, moved.Message));
        Assert.Equal((open.Id, Now), (link.SettingId, link.LinkedAt));
    }

    [Fact]
    public void A_setting_is_renamed_to_a_new_name_only_while_open()
    {
        var school = School();
        var same = Assert.Throws<DomainException>(() => school.Rename("  Example Primary School "));
        Assert.Equal((ErrorCodes.Validation, "The setting is already called Example Primary School."), (same.Code, same.Message));

        school.Rename("Example  Primary Academy");
        Assert.Equal(ReferenceName.Tidy("Example  Primary Academy"), school.Name);
        Assert.Equal(ReferenceName.Key("example primary academy"), school.NameKey);

        school.Retire(Today, Today);
        var retired = Assert.Throws<DomainException>(() => school.Rename("Another Name"));
        Assert.Equal((ErrorCodes.Conflict, $"{school.Name} was retired on 2 March 2026; a retired setting keeps the name it had."), (retired.Code, retired.Message));
    }

    [Fact]
    public void A_setting_is_retired_once_on_a_day_not_in_the_future_and_then_receives_no_notifications()
    {
        var school = School();
        var future = Assert.Throws<DomainException>(() => school.Retire(Today.AddDays(1), Today));
        Assert.Equal((ErrorCodes.Validation, "A setting is retired on the day it closes or leaves, not in the future."), (future.Code, future.Message));
        var ancient = Assert.Throws<DomainException>(() => school.Retire(Today.AddYears(-10).AddDays(-1), Today));
        Assert.Equal("The day it closed must be within the last ten years.", ancient.Message);
        Assert.True(school.ReceivesNotifications);

        school.Retire(Today, Today);
        Assert.False(school.ReceivesNotifications);
        var again = Assert.Throws<DomainException>(() => school.Retire(Today, Today));
        Assert.Equal((ErrorCodes.Conflict, "Example Primary School was already retired on 2 March 2026."), (again.Code, again.Message));
        var resubscribed = Assert.Throws<DomainException>(() => school.SetSubscription(true));
        Assert.Equal(ErrorCodes.Conflict, resubscribed.Code);
        school.SetSubscription(false);
        Assert.False(school.SubscribedToEncompass);
    }
}
