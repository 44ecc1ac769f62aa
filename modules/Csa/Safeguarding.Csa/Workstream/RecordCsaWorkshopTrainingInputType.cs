namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInputType : RecordInputGraphType<RecordCsaWorkshopTrainingInput>
{
    public RecordCsaWorkshopTrainingInputType() : base("RecordCsaWorkshopTrainingInput")
    {
        AsFinancialYear(x => x.Year, required: true);
        Required(x => x.Workshop);
    }
}
