using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BodyMembershipGraphType>>>>("members").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingGraphType>>>>("meetings")
            .Resolve(c => c.Source.Meetings.OrderByDescending(m => m.HeldOn).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipActionGraphType>>>>("actions")
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
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DecisionGraphType>>>>("decisions")
            .Resolve(c => c.Source.Decisions.OrderBy(d => d.Number).ToList());
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
    public List<string>? Decisions { get; set; }
}

public sealed class RecordMeetingInputType : InputObjectGraphType<RecordMeetingInput>
{
    public RecordMeetingInputType()
    {
        Name = "RecordMeetingInput";
        Field<NonNullGraphType<IdGraphType>>("bodyId");
        Field(x => x.HeldOn);
        Field(x => x.Summary);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("decisions").Description("The decisions made, in order.");
    }
}

internal static class BodyGraph
{
    public const int MaxDecisions = 50;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipBodyGraphType>>>>("partnershipBodies")
            .Description("The boards and groups of the partnership with their members and meetings.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Bodies.AsNoTracking()
                .Include(b => b.Members).Include(b => b.Meetings).ThenInclude(m => m.Decisions)
                .AsSplitQuery().OrderBy(b => b.Kind).ThenBy(b => b.Name).ToListAsync(c.CancellationToken));

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
            .Description("Records a meeting of a body and the decisions it made. Governance working group members.")
            .Argument<NonNullGraphType<RecordMeetingInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordMeetingInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var decisions = input.Decisions ?? [];
                var check = new InputCheck();
                var bodyId = check.ParseId(input.BodyId, "bodyId", "The body");
                check.RequireText(input.Summary, "summary", "The summary", 4000)
                    .Require(input.HeldOn <= today, "heldOn", "A meeting cannot be recorded before it has been held.")
                    .Require(decisions.Count <= MaxDecisions, "decisions", $"Record at most {MaxDecisions} decisions per meeting.")
                    .Require(decisions.All(d => !string.IsNullOrWhiteSpace(d) && d.Length <= 2000), "decisions", "Each decision needs its text (up to 2000 characters).")
                    .ThrowIfInvalid();
                if (!await db.Bodies.AnyAsync(b => b.Id == bodyId, c.CancellationToken)) throw PartnershipError.NotFound("partnership body", bodyId);
                var meeting = new Meeting { Id = Guid.NewGuid(), BodyId = bodyId, HeldOn = input.HeldOn, Summary = input.Summary!.Trim() };
                meeting.Decisions = decisions.Select((d, i) => new Decision { Id = Guid.NewGuid(), MeetingId = meeting.Id, Number = i + 1, Text = d.Trim() }).ToList();
                db.Meetings.Add(meeting);
                await db.SaveChangesAsync(c.CancellationToken);
                return meeting;
            });
    }
}
