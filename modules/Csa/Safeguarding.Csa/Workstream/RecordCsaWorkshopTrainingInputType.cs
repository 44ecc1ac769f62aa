namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInputType() : RecordInputGraphType<RecordCsaWorkshopTrainingInput>("RecordCsaWorkshopTrainingInput");
