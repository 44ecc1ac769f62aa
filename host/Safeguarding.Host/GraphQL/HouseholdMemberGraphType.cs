namespace Safeguarding.Host.GraphQL;

public sealed class HouseholdMemberGraphType : RecordGraphType<HouseholdMember>
{
    public HouseholdMemberGraphType() : base("HouseholdMember",
        "Someone who lives or lived with the child (an address shared at the same time) or whom a working group recorded as related to them. " +
        "Who they are is shown only where you are entitled to see it, and each such read is audited with the view's purpose.")
    {
        Describe(x => x.LivesWithChild, "Shares the child's address today.");
        Describe(x => x.LivedWithChild, "Shared an address with the child at some time (today included).");
        Describe(x => x.LivedTogetherFrom, "Since when they shared an address, where both dates are known.");
        Describe(x => x.LivedTogetherUntil, "Until when they shared an address; null while they still do, or when unknown.");
        Rows(x => x.Relationships, 5);
        Describe(x => x.Name, "Null unless a working group of yours holds data on this person.");
        Describe(x => x.DateOfBirth, "Null unless a working group of yours holds data on this person.");
        Describe(x => x.HeldByYourGroups, "The switched-on modules of your working groups that hold records on this person.");
        Describe(x => x.HeldElsewhere,
            "Another part of the partnership holds records on this person: a flag, with no detail, so that a risk to one child is seen by those " +
            "working with the others in the household. Ask that working group through the partnership, with a reason, to learn more.");
    }
}
