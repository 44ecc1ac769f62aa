using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaWorkshopTrainingInputType : InputObjectGraphType<RecordCsaWorkshopTrainingInput>
{
    public RecordCsaWorkshopTrainingInputType()
    {
        Name = "RecordCsaWorkshopTrainingInput";
        Field(x => x.Year).Description("Financial year, e.g. \"2024-25\".");
        Field(x => x.Workshop).Description("The workshop, e.g. \"Introduction to child sexual abuse\".");
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}
