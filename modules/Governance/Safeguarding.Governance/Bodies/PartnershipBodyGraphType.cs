using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.Bodies;

public sealed class PartnershipBodyGraphType : RecordGraphType<PartnershipBody>
{
    public PartnershipBodyGraphType() : base("PartnershipBody", "A board or group of the partnership.", x => x.Members, x => x.Meetings)
    {
        IdentifiedAsNode();
        Describe(x => x.Module, "For a priority working group, the module it works in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyMembershipGraphType>>>>("members").Rows(BodyGraph.SeatsPerBody)
            .Description("The seats on the body, the chair first.")
            .LoadsMany(x => x.Id, MembersAsync, m => m.BodyId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description($"The body's most recent meetings, newest first, with their decisions: {MeetingRecords.RecentOfBody.WhenNotGiven} unless last says otherwise " +
                         $"(at most {MeetingRecords.RecentOfBody.Most}). Every meeting, by body and dates: the meetings query.")
            .Argument<IntGraphType>("last", $"How many of the most recent meetings (default {MeetingRecords.RecentOfBody.WhenNotGiven}, at most {MeetingRecords.RecentOfBody.Most}).")
            .RowsAsked("last", MeetingRecords.RecentOfBody.WhenNotGiven, MeetingRecords.RecentOfBody.Most)
            .LoadsValue(c => (c.Source.Id, Last: MeetingRecords.RecentOfBodyCount(c.GetArgument<int?>("last"))), RecentMeetingsAsync, []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("actions").Description("The actions the body agreed.").Rows(BodyGraph.ActionsPerBody)
            .LoadsMany(x => x.Id, ActionsAsync, a => a.BodyId);
    }

    /// <summary>The seats on these bodies, each body's chair first.</summary>
    private static Task<List<BodyMembership>> MembersAsync(IReadOnlyList<Guid> bodies, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Memberships.AsNoTracking().Where(m => bodies.Contains(m.BodyId))
            .OrderByDescending(m => m.IsChair).ThenBy(m => m.Role).ToListAsync(batch.CancellationToken);

    /// <summary>Each body's most recent meetings, as many as each asked for.</summary>
    private static async Task<Dictionary<(Guid Body, int Last), IReadOnlyList<Meeting>>> RecentMeetingsAsync(IReadOnlyList<(Guid Body, int Last)> keys, BatchScope batch)
    {
        var records = batch.Service<MeetingRecords>();
        var recent = new Dictionary<(Guid, int), IReadOnlyList<Meeting>>();
        foreach (var asked in keys.GroupBy(k => k.Last))
            foreach (var (body, meetings) in await records.RecentOfBodiesAsync(asked.Select(k => k.Body).ToList(), asked.Key, batch.CancellationToken))
                recent[(body, asked.Key)] = meetings;
        return recent;
    }

    /// <summary>The actions of these bodies, by due date.</summary>
    private static Task<List<PartnershipAction>> ActionsAsync(IReadOnlyList<Guid> bodies, BatchScope batch) =>
        batch.Service<GovernanceDbContext>().Actions.AsNoTracking().Where(a => bodies.Contains(a.BodyId)).OrderBy(a => a.DueDate).ToListAsync(batch.CancellationToken);
}
