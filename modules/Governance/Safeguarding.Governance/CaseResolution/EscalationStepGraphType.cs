using GraphQL.Types;

namespace Safeguarding.Governance.CaseResolution;

public sealed class EscalationStepGraphType : ObjectGraphType<EscalationStep>
{
    public EscalationStepGraphType()
    {
        Name = "EscalationStep";
        Field(x => x.Sequence);
        Field(x => x.Change).Description("RAISED, ESCALATED or RESOLVED.");
        Field<NonNullGraphType<EnumerationGraphType<EscalationStage>>>("stage").Resolve(c => c.Source.Stage);
        Field(x => x.On);
        Field(x => x.DueOn, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}
