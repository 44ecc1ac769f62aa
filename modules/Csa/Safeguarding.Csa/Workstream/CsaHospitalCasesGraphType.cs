namespace Safeguarding.Csa.Workstream;

public sealed class CsaHospitalCasesGraphType() : RecordGraphType<HospitalSafeguardedCases>("CsaHospitalSafeguardedCases",
    "Children with sexual abuse who presented to the hospital and were safeguarded, in a financial year.", x => x.Id);
