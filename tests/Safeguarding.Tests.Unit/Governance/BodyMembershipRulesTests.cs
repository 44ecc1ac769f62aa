using Safeguarding.Governance.Bodies;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Governance;

/// <summary>The rules for a seat on a board or group: a post once per partner, one chair per body.</summary>
public sealed class BodyMembershipRulesTests
{
    private static readonly Guid Board = Guid.NewGuid();
    private static readonly Guid OtherBoard = Guid.NewGuid();
    private static readonly Guid Council = Guid.NewGuid();
    private static readonly Guid Police = Guid.NewGuid();

    [Fact]
    public void A_seat_is_held_by_a_post_and_a_partner_holds_a_post_once()
    {
        var seat = BodyMembership.Seat(Board, Council, " Director of Children's Services ", isChair: false, []);
        Assert.Equal(("Director of Children's Services", false, Board), (seat.Role, seat.IsChair, seat.BodyId));

        var twice = Assert.Throws<DomainException>(() => BodyMembership.Seat(Board, Council, "Director of Children's Services", false, [seat]));
        Assert.Equal((ErrorCodes.Conflict, "That partner already holds that seat on this body."), (twice.Code, twice.Message));
        // Another post of the same partner, or the same post of another partner, is a different seat.
        Assert.Equal("Chief Executive", BodyMembership.Seat(Board, Council, "Chief Executive", false, [seat]).Role);
        Assert.Equal(Police, BodyMembership.Seat(Board, Police, "Director of Children's Services", false, [seat]).PartnerId);
    }

    [Fact]
    public void A_body_has_one_chair()
    {
        var chair = BodyMembership.Seat(Board, Council, "Chief Executive", isChair: true, []);
        var second = Assert.Throws<DomainException>(() => BodyMembership.Seat(Board, Police, "Chief Constable", isChair: true, [chair]));
        Assert.Equal((ErrorCodes.Conflict, "This body already has a chair."), (second.Code, second.Message));
        Assert.True(BodyMembership.Seat(OtherBoard, Police, "Chief Constable", isChair: true, [chair]).IsChair);
    }

    [Fact]
    public void A_seat_names_its_post()
    {
        var refused = Assert.Throws<DomainException>(() => BodyMembership.Seat(Board, Council, " ", false, []));
        Assert.Equal((ErrorCodes.Validation, "role"), (refused.Code, refused.Problems.Single().Field));
        Assert.Equal("role", Assert.Throws<DomainException>(() => BodyMembership.Seat(Board, Council, new string('x', 201), false, [])).Problems.Single().Field);
    }
}
