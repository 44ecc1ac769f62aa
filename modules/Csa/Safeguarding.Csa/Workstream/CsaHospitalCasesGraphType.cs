namespace Safeguarding.Csa.Workstream;

public sealed class CsaHospitalCasesGraphType : RecordGraphType<HospitalCases>
{
    public CsaHospitalCasesGraphType() : base("CsaHospitalSafeguardedCases",
        "Children with sexual abuse who presented to the hospital and were safeguarded, in a financial year.")
    {
        ShownAs<FinancialYearGraphType>(x => x.Year);
    }
}
