using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Csa.Contracts;
using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Csa.Hsb;

public sealed record HsbQuarter(DateOnly QuarterEnd, int Green, int Amber, int Red);

public sealed class CsaHsbIncidentGraphType : ObjectGraphType<HsbIncident>
{
    public CsaHsbIncidentGraphType()
    {
        Name = "CsaHsbIncident";
        Description = "A child's sexual behaviour, graded GREEN, AMBER or RED, with the response taken.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.OccurredOn);
        Field<NonNullGraphType<EnumerationGraphType<HsbGrade>>>("grade").Resolve(c => c.Source.Grade);
        Field(x => x.Behaviour);
        Field(x => x.Response);
        Field(x => x.Agency);
        Field<IdGraphType>("referralId").Resolve(c => c.Source.ReferralId);
    }
}

public sealed class CsaHsbQuarterGraphType : ObjectGraphType<HsbQuarter>
{
    public CsaHsbQuarterGraphType()
    {
        Name = "CsaHsbQuarter";
        Description = "Harmful sexual behaviour incidents that occurred in a quarter, by grade.";
        Field(x => x.QuarterEnd);
        Field(x => x.Green);
        Field(x => x.Amber);
        Field(x => x.Red);
    }
}

public sealed class RecordCsaHsbInput
{
    public string? SubjectId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public HsbGrade Grade { get; set; }
    public string? Behaviour { get; set; }
    public string? Response { get; set; }
    public CsaSupportReferralInput? Referral { get; set; }
}

public sealed class RecordCsaHsbInputType : InputObjectGraphType<RecordCsaHsbInput>
{
    public RecordCsaHsbInputType()
    {
        Name = "RecordCsaHarmfulSexualBehaviourInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The child whose behaviour it was, registered in the subject registry.");
        Field(x => x.OccurredOn);
        Field<NonNullGraphType<EnumerationGraphType<HsbGrade>>>("grade").Description("GREEN, AMBER or RED (the traffic-light approach).");
        Field(x => x.Behaviour).Description("What happened, briefly.");
        Field(x => x.Response).Description("The response taken.");
        Field<CsaSupportReferralInputType>("referral").Description("The referral made in response. Required for RED.");
    }
}

internal static class HsbGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Mutation.Field<NonNullGraphType<CsaHsbIncidentGraphType>>("recordCsaHarmfulSexualBehaviour")
            .Description("Records a child's sexual behaviour graded GREEN, AMBER or RED with the response taken. RED needs a support referral in the same request. CSA working group.")
            .Argument<NonNullGraphType<RecordCsaHsbInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordCsaHsbInput>("input");
                var clock = c.Service<TimeProvider>();
                var today = clock.Today();
                var check = new InputCheck();
                var subjectId = check.ParseId(input.SubjectId, "subjectId", "The child's subject id");
                check.Require(input.OccurredOn <= today, "occurredOn", $"The day it happened cannot be in the future (today is {today:d MMMM yyyy}).")
                    .Require(input.OccurredOn > today.AddYears(-18), "occurredOn", "The day it happened must be within the last 18 years.")
                    .RequireText(input.Behaviour, "behaviour", "What happened", 2000)
                    .RequireText(input.Response, "response", "The response taken", 2000)
                    .Require(input.Grade != HsbGrade.Red || input.Referral is not null, "referral",
                        "Behaviour graded RED needs a referral to a support service: give it with the incident.");
                if (input.Referral is { } r)
                {
                    SupportGraph.Check(check, r, today, "referral.");
                    check.Require(r.ReferredOn >= input.OccurredOn, "referral.referredOn", "The referral cannot be before the behaviour it responds to.");
                }
                check.ThrowIfInvalid();
                await CsaGraph.RequireSubjectAsync(c, subjectId);
                var db = c.Service<CsaDbContext>();
                var incident = new HsbIncident
                {
                    Id = Guid.NewGuid(), SubjectId = subjectId, OccurredOn = input.OccurredOn, Grade = input.Grade,
                    Behaviour = input.Behaviour!.Trim(), Response = input.Response!.Trim(), Agency = CsaGraph.Agency(c),
                    RecordedBy = c.User!.Actor(), RecordedAt = clock.GetUtcNow(),
                };
                if (input.Referral is not null) incident.ReferralId = SupportGraph.Add(c, db, subjectId, input.Referral, incident.Id).Id;
                db.HsbIncidents.Add(incident);
                db.Publish(new HarmfulSexualBehaviourGraded(incident.Id, incident.Agency, incident.OccurredOn, HsbIncident.Code(incident.Grade)));
                await db.SaveChangesAsync(c.CancellationToken);
                await CsaGraph.EnrolAsync(c, subjectId);
                return incident;
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHsbQuarterGraphType>>>>("csaHsbByQuarter")
            .Description("Harmful sexual behaviour incidents by grade, for each quarter ending between from and to. Aggregates only.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("from")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("to")
            .Allow(CsaGraph.Aggregates)
            .ResolveAsync(async c =>
            {
                var quarters = WorkstreamGraph.Quarters(c);
                if (quarters.Count == 0) return new List<HsbQuarter>();
                var first = quarters[0].Starts;
                var last = quarters[^1].Ends;
                var incidents = await c.Service<CsaDbContext>().HsbIncidents.AsNoTracking().Where(i => i.OccurredOn >= first && i.OccurredOn <= last)
                    .Select(i => new { i.OccurredOn, i.Grade }).ToListAsync(c.CancellationToken);
                return quarters.Select(q =>
                {
                    var inQuarter = incidents.Where(i => i.OccurredOn >= q.Starts && i.OccurredOn <= q.Ends).ToList();
                    return new HsbQuarter(q.Ends, inQuarter.Count(i => i.Grade == HsbGrade.Green), inQuarter.Count(i => i.Grade == HsbGrade.Amber), inQuarter.Count(i => i.Grade == HsbGrade.Red));
                }).ToList();
            });
    }
}
