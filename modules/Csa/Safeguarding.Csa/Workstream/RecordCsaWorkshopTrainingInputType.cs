namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInputType : RecordInputGraphType<RecordCsaWorkshopTrainingInput>
{
    public RecordCsaWorkshopTrainingInputType() : base("RecordCsaWorkshopTrainingInput")
    {
        Describe(x => x.Year, "Financial year, e.g. \"2024-25\".");
        Describe(x => x.Workshop, "The workshop, e.g. \"Introduction to child sexual abuse\".");
    }
}
