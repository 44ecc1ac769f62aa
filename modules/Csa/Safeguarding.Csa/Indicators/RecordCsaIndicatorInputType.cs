namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaIndicatorInputType : RecordInputGraphType<RecordCsaIndicatorInput>
{
    public RecordCsaIndicatorInputType() : base("RecordCsaIndicatorInput")
    {
        Reference(x => x.SubjectId, required: true, "A child registered in the subject registry.");
        Describe(x => x.CategoryCode, "A code from csaIndicatorCategories, e.g. \"EMOTIONAL_BEHAVIOURAL\".");
        Describe(x => x.ObservedOn, "The day it was observed (not in the future).");
        Describe(x => x.SourceAgency, "The agency that observed it; default your own.");
        Describe(x => x.Description, "What was seen or heard, in the practitioner's words.");
        Describe(x => x.SeenAndSpokenToAlone, "Whether the child was seen and spoken to alone.");
    }
}
