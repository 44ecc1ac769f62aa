using GraphQL.Types;

namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaIndicatorInputType : InputObjectGraphType<RecordCsaIndicatorInput>
{
    public RecordCsaIndicatorInputType()
    {
        Name = "RecordCsaIndicatorInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field(x => x.CategoryCode).Description("A code from csaIndicatorCategories, e.g. \"EMOTIONAL_BEHAVIOURAL\".");
        Field(x => x.ObservedOn).Description("The day it was observed (not in the future).");
        Field(x => x.SourceAgency, nullable: true).Description("The agency that observed it; default your own.");
        Field(x => x.Description).Description("What was seen or heard, in the practitioner's words.");
        Field(x => x.SeenAndSpokenToAlone).Description("Whether the child was seen and spoken to alone.");
    }
}
