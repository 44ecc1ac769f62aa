namespace Safeguarding.Csa.Indicators;

public sealed class RecordCsaIndicatorInputType : RecordInputGraphType<RecordCsaIndicatorInput>
{
    public RecordCsaIndicatorInputType() : base("RecordCsaIndicatorInput")
    {
        Reference(x => x.SubjectId, required: true);
        Required(x => x.CategoryCode, x => x.Description);
    }
}
