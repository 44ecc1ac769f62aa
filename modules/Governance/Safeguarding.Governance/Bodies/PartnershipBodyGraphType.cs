using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class PartnershipBodyGraphType : RecordGraphType<PartnershipBody>
{
    public PartnershipBodyGraphType() : base("PartnershipBody", "A board or group of the partnership.", x => x.Members, x => x.Meetings)
    {
        Describe(x => x.Module, "For a priority working group, the module it works in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyMembershipGraphType>>>>("members").Rows(BodyGraph.SeatsPerBody)
            .Description("The seats on the body, the chair first.")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Memberships.AsNoTracking().Where(m => m.BodyId == c.Source.Id)
                .OrderByDescending(m => m.IsChair).ThenBy(m => m.Role).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description($"The body's most recent meetings, newest first, with their decisions: {MeetingRecords.RecentOfBody.WhenNotGiven} unless last says otherwise " +
                         $"(at most {MeetingRecords.RecentOfBody.Most}). Every meeting, by body and dates: the meetings query.")
            .Argument<IntGraphType>("last", $"How many of the most recent meetings (default {MeetingRecords.RecentOfBody.WhenNotGiven}, at most {MeetingRecords.RecentOfBody.Most}).")
            .RowsAsked("last", MeetingRecords.RecentOfBody.WhenNotGiven, MeetingRecords.RecentOfBody.Most)
            .ResolveAsync(async c => (object?)await c.Service<MeetingRecords>()
                .RecentOfBodyAsync(c.Source.Id, c.GetArgument<int?>("last") ?? MeetingRecords.RecentOfBody.WhenNotGiven, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("actions").Rows(BodyGraph.ActionsPerBody)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Actions.AsNoTracking()
                .Where(a => a.BodyId == c.Source.Id).OrderBy(a => a.DueDate).ToListAsync(c.CancellationToken));
    }
}
