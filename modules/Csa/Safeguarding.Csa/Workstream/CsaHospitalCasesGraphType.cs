using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class CsaHospitalCasesGraphType : ObjectGraphType<HospitalSafeguardedCases>
{
    public CsaHospitalCasesGraphType()
    {
        Name = "CsaHospitalSafeguardedCases";
        Description = "Children with sexual abuse who presented to the hospital and were safeguarded, in a financial year.";
        Field(x => x.Year);
        Field(x => x.Cases);
        Field(x => x.Source);
    }
}
