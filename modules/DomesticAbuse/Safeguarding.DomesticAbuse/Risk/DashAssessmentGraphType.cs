using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class DashAssessmentGraphType : ObjectGraphType<DashAssessment>
{
    public DashAssessmentGraphType()
    {
        Name = "DashAssessment";
        Description = "A DASH risk checklist: 14 or more YES answers is high risk; professional judgement and escalation (3 or more notices involving the victim in 12 months) can also make it so.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<IdGraphType>("victimAdultId").Resolve(c => c.Source.VictimAdultId);
        Field(x => x.Agency);
        Field(x => x.Practitioner);
        Field(x => x.CompletedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DashAnswer>>>>>("answers").Resolve(c => DashRules.Decode(c.Source.Answers));
        Field(x => x.YesCount);
        Field(x => x.IncidentsInLastYear).Description("Notices involving the victim in the 12 months to the day completed.");
        Field<NonNullGraphType<DashRiskLevelGraphType>>("riskLevel").Resolve(c => c.Source.RiskLevel);
        Field<EnumerationGraphType<HighRiskBasis>>("highRiskBasis").Resolve(c => c.Source.HighRiskBasis);
        Field(x => x.JudgementReason, nullable: true);
        Field<MaracReferralGraphType>("maracReferral").ResolveAsync(async c =>
            await c.Service<MaracReferrals>().ForAssessmentAsync(c.Source.Id, c.CancellationToken));
    }
}
