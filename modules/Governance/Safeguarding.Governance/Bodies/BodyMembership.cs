namespace Safeguarding.Governance.Bodies;

/// <summary>A partner's seat on a body, held by a post (not a named person). A body has at most one chair.</summary>
public sealed class BodyMembership
{
    public const int MaxRole = 200;

    private BodyMembership() { }

    public Guid Id { get; private set; }
    public Guid BodyId { get; private set; }
    public Guid PartnerId { get; private set; }
    /// <summary>The post that holds the seat.</summary>
    public string Role { get; private set; } = "";
    /// <summary>Whether the partner chairs the body.</summary>
    public bool IsChair { get; private set; }

    /// <summary>The problems with the post asked for, added to <paramref name="check"/> (which may hold the caller's, such as the ids) and reported together.</summary>
    public static void CheckRole(InputCheck check, string? role) => check.RequireText(role, "role", "The role", MaxRole).ThrowIfInvalid();

    /// <summary>
    /// A seat on the body <paramref name="bodyId"/> for <paramref name="partnerId"/> (a current partner, which the caller
    /// has checked), held by the post <paramref name="role"/>: a partner holds a post on a body once, and a body has one
    /// chair. <paramref name="seatsTaken"/> are the body's seats so far.
    /// </summary>
    public static BodyMembership Seat(Guid bodyId, Guid partnerId, string? role, bool isChair, IReadOnlyCollection<BodyMembership> seatsTaken)
    {
        CheckRole(new InputCheck(), role);
        var post = role!.Trim();
        var seats = seatsTaken.Where(m => m.BodyId == bodyId).ToList();
        if (seats.Any(m => m.PartnerId == partnerId && m.Role == post)) throw DomainException.Conflict("That partner already holds that seat on this body.");
        if (isChair && seats.Any(m => m.IsChair)) throw DomainException.Conflict("This body already has a chair.");
        return new BodyMembership { Id = Guid.NewGuid(), BodyId = bodyId, PartnerId = partnerId, Role = post, IsChair = isChair };
    }
}
