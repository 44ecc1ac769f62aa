using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Csa.Hsb;
using Safeguarding.Csa.Indicators;
using Safeguarding.Csa.Persistence;
using Safeguarding.Csa.Support;
using Safeguarding.Csa.Workstream;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Csa;

/// <summary>What the CSA module holds about one child.</summary>
public sealed record CsaSubjectView(Chronology Chronology, IReadOnlyList<HsbIncident> HsbIncidents, IReadOnlyList<SupportReferral> SupportReferrals,
    IReadOnlyList<SexualAbusePlan> ChildProtectionPlans);

public sealed class CsaSubjectViewGraphType : ObjectGraphType<CsaSubjectView>
{
    public CsaSubjectViewGraphType()
    {
        Name = "CsaSubjectView";
        Description = "What the CSA working group holds about a child: the signs and indicators chronology with its flags, harmful sexual behaviour, support referrals and sexual abuse child protection plans.";
        Field<NonNullGraphType<CsaChronologyGraphType>>("chronology").Resolve(c => c.Source.Chronology);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaHsbIncidentGraphType>>>>("harmfulSexualBehaviour").WithComplexityImpact(1, 3).Resolve(c => c.Source.HsbIncidents);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaSupportReferralGraphType>>>>("supportReferrals").WithComplexityImpact(1, 3).Resolve(c => c.Source.SupportReferrals);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaSexualAbusePlanGraphType>>>>("childProtectionPlans").WithComplexityImpact(1, 2).Resolve(c => c.Source.ChildProtectionPlans);
    }
}

internal static class CsaSubjectGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Subject.Field<NonNullGraphType<CsaSubjectViewGraphType>>("csa")
            .Description("The child's CSA record: chronology and flags, harmful sexual behaviour, support referrals, sexual abuse plans. CSA working group; every read is audited.")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var subjectId = c.Source.Value;
                var db = c.Service<CsaDbContext>();
                await CsaGraph.AuditReadAsync(c, subjectId, "Subject.csa");
                var chronology = await IndicatorGraph.ChronologyAsync(db, subjectId, c.CancellationToken);
                var hsb = await db.HsbIncidents.AsNoTracking().Where(i => i.SubjectId == subjectId).OrderBy(i => i.OccurredOn).ToListAsync(c.CancellationToken);
                var referrals = await db.Referrals.AsNoTracking().Where(r => r.SubjectId == subjectId).OrderBy(r => r.ReferredOn).ToListAsync(c.CancellationToken);
                var plans = await db.SexualAbusePlans.AsNoTracking().Where(p => p.SubjectId == subjectId).OrderBy(p => p.StartedOn).ToListAsync(c.CancellationToken);
                return new CsaSubjectView(chronology, hsb, referrals, plans);
            });
}
