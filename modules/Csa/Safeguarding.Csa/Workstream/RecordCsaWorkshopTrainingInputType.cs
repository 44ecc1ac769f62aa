namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInputType : RecordInputGraphType<RecordCsaWorkshopTrainingInput>
{
    public RecordCsaWorkshopTrainingInputType() : base("RecordCsaWorkshopTrainingInput")
    {
        AsFinancialYear(x => x.Year);
        Required(x => x.Year);
        Required(x => x.Workshop);
    }
}
