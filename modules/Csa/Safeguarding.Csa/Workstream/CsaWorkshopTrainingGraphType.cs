namespace Safeguarding.Csa.Workstream;

public sealed class CsaWorkshopTrainingGraphType() : RecordGraphType<WorkshopTraining>("CsaWorkshopTraining",
    "CSA workshops delivered in a financial year: sessions and attendees.", x => x.Id);
