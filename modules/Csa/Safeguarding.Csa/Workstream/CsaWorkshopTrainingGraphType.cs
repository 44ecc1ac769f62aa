using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class CsaWorkshopTrainingGraphType : ObjectGraphType<WorkshopTraining>
{
    public CsaWorkshopTrainingGraphType()
    {
        Name = "CsaWorkshopTraining";
        Description = "CSA workshops delivered in a financial year: sessions and attendees.";
        Field(x => x.Year);
        Field(x => x.Workshop);
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}
