using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Listing;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Governance.Bodies;

public sealed class PartnershipBodyGraphType : ObjectGraphType<PartnershipBody>
{
    public PartnershipBodyGraphType()
    {
        Name = "PartnershipBody";
        Description = "A board or group of the partnership.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field<NonNullGraphType<EnumerationGraphType<BodyKind>>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Purpose);
        Field(x => x.Module, nullable: true).Description("For a priority working group, the module it works in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyMembershipGraphType>>>>("members").Rows(BodyGraph.SeatsPerBody)
            .Description("The seats on the body, the chair first.")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Memberships.AsNoTracking().Where(m => m.BodyId == c.Source.Id)
                .OrderByDescending(m => m.IsChair).ThenBy(m => m.Role).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description($"The body's most recent meetings, newest first, with their decisions: {MeetingRecords.DefaultRecentOfBody} unless last says otherwise " +
                         $"(at most {MeetingRecords.MaxRecentOfBody}). Every meeting, by body and dates: the meetings query.")
            .Argument<IntGraphType>("last", $"How many of the most recent meetings (default {MeetingRecords.DefaultRecentOfBody}, at most {MeetingRecords.MaxRecentOfBody}).")
            .RowsAsked("last", MeetingRecords.DefaultRecentOfBody, MeetingRecords.MaxRecentOfBody)
            .ResolveAsync(async c => (object?)await c.Service<MeetingRecords>()
                .RecentOfBodyAsync(c.Source.Id, c.GetArgument<int?>("last") ?? MeetingRecords.DefaultRecentOfBody, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("actions").Rows(BodyGraph.ActionsPerBody)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Actions.AsNoTracking()
                .Where(a => a.BodyId == c.Source.Id).OrderBy(a => a.DueDate).ToListAsync(c.CancellationToken));
    }
}

public sealed class BodyMembershipGraphType : ObjectGraphType<BodyMembership>
{
    public BodyMembershipGraphType()
    {
        Name = "BodyMembership";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Role).Description("The post that holds the seat.");
        Field(x => x.IsChair);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
    }
}

public sealed class MeetingGraphType : ObjectGraphType<Meeting>
{
    public MeetingGraphType()
    {
        Name = "Meeting";
        Description = "A meeting of a board or group: when, what it discussed, who attended and what it decided.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<PartnershipBodyGraphType>>("body")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.FindAsync([c.Source.BodyId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionGraphType>>>>("decisions").Rows(BodyGraph.DecisionsPerMeeting)
            .Description("In the order they were made.")
            .Resolve(c => c.Source.Decisions);
        Field<ListGraphType<NonNullGraphType<MeetingAttendanceGraphType>>>("attendance").Rows(BodyGraph.AttendancePerMeeting)
            .Description("The posts that attended, by agency; null when the meeting was recorded without its attendance.")
            .Resolve(c => c.Source.Attendance.Count == 0 ? null : c.Source.Attendance);
    }
}

public sealed class DecisionGraphType : ObjectGraphType<Decision>
{
    public DecisionGraphType()
    {
        Name = "Decision";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Number);
        Field(x => x.Text);
    }
}

public sealed class AddBodyMemberInput
{
    public string? BodyId { get; set; }
    public string? PartnerId { get; set; }
    public string? Role { get; set; }
    public bool IsChair { get; set; }
}

public sealed class AddBodyMemberInputType : InputObjectGraphType<AddBodyMemberInput>
{
    public AddBodyMemberInputType()
    {
        Name = "AddBodyMemberInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId");
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Role).Description("The post that holds the seat, e.g. \"Director of Children's Services\".");
        Field(x => x.IsChair, nullable: true);
    }
}

public sealed class RecordMeetingInput
{
    public string? BodyId { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Summary { get; set; }
    public List<string?>? Decisions { get; set; }
    public List<MeetingAttendanceInput>? Attendance { get; set; }
}

public sealed class RecordMeetingInputType : InputObjectGraphType<RecordMeetingInput>
{
    public RecordMeetingInputType()
    {
        Name = "RecordMeetingInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId");
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("decisions").Description($"The decisions made, in order (at most {Meeting.MaxDecisions}).");
        Field<ListGraphType<NonNullGraphType<MeetingAttendanceInputType>>>("attendance")
            .Description($"The posts that attended, by agency (1 to {Meeting.MaxAttendance}); leave out if the attendance was not taken.");
    }
}

internal static class BodyGraph
{
    // How many rows each list holds in a realistic partnership, for the complexity analysis (see docs/modules/governance-learning.md).
    /// <summary>13 bodies are seeded; a partnership's boards, groups and working groups number 10 to 20.</summary>
    public const int BodiesInPartnership = 15;
    /// <summary>Seats per body: the statutory partners' four on the boards, up to a dozen on a group.</summary>
    public const int SeatsPerBody = 10;
    /// <summary>Open and past actions a body owns.</summary>
    public const int ActionsPerBody = 10;
    /// <summary>Decisions per meeting: a board's minutes record 3 to 10 (at most 50 can be recorded).</summary>
    public const int DecisionsPerMeeting = 8;
    /// <summary>Posts attending a meeting.</summary>
    public const int AttendancePerMeeting = 10;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipBodyGraphType>>>>("partnershipBodies").Rows(BodiesInPartnership)
            .Description("The boards and groups of the partnership with their members and most recent meetings.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking()
                .OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(c.CancellationToken));

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Description("Meetings of the partnership's bodies with their decisions and attendance, newest first (by the day held, then the body's name): " +
                         $"of every body or one, from and to a day (both included). The most recent {MeetingRecords.DefaultListed} unless last says otherwise " +
                         $"(at most {MeetingRecords.MaxListed}); narrow by dates to go further back.")
            .Argument<IdGraphType>("bodyId", "Only this body's meetings.")
            .WithWindow("Held", MeetingRecords.DefaultListed, MeetingRecords.MaxListed)
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<MeetingRecords>().ListAsync(c.OptionalId("bodyId", "The body"),
                c.Window(MeetingRecords.DefaultListed, MeetingRecords.MaxListed, "meetings (narrow the dates to see further back)"), c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<BodyMembershipGraphType>>("addBodyMember")
            .Description("Gives a partner a seat on a board or group. Administrators only.")
            .Argument<NonNullGraphType<AddBodyMemberInputType>>("input")
            .Allow(Access.Administrator)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddBodyMemberInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var check = new InputCheck();
                var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The partner");
                check.RequireText(input.Role, "role", "The role", 200).ThrowIfInvalid();
                if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, c.CancellationToken)) throw PartnershipError.NotFound("partnership body", bodyId);
                await db.CurrentPartnerAsync(partnerId, "partnerId", c.CancellationToken);
                var role = input.Role!.Trim();
                if (await db.Memberships.AnyAsync(m => m.BodyId == bodyId && m.PartnerId == partnerId && m.Role == role, c.CancellationToken))
                    throw PartnershipError.Conflict("That partner already holds that seat on this body.");
                if (input.IsChair && await db.Memberships.AnyAsync(m => m.BodyId == bodyId && m.IsChair, c.CancellationToken))
                    throw PartnershipError.Conflict("This body already has a chair.");
                var membership = new BodyMembership { Id = Guid.NewGuid(), BodyId = bodyId, PartnerId = partnerId, Role = role, IsChair = input.IsChair };
                db.Memberships.Add(membership);
                await db.SaveChangesAsync(c.CancellationToken);
                return membership;
            });

        slice.Mutation.Field<NonNullGraphType<MeetingGraphType>>("recordMeeting")
            .Description("Records a meeting of a body, the decisions it made and, if taken, its attendance. Governance working group members.")
            .Argument<NonNullGraphType<RecordMeetingInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordMeetingInput>("input");
                var check = new InputCheck();
                var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
                var attendance = input.Attendance?.Select((a, i) => new MeetingAttendee(check.ParseId(a.PartnerId, $"attendance[{i}].partnerId", "The agency"), a.Role)).ToList();
                return await c.Service<MeetingRecords>().RecordAsync(bodyId, input.HeldOn, input.Summary, input.Decisions ?? [], attendance, check, c.CancellationToken);
            });
    }
}
