namespace Safeguarding.Csa.Workstream;

public sealed class CsaWorkshopTrainingGraphType : RecordGraphType<WorkshopTraining>
{
    public CsaWorkshopTrainingGraphType() : base("CsaWorkshopTraining",
        "CSA workshops delivered in a financial year: sessions and attendees.", x => x.Id)
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
