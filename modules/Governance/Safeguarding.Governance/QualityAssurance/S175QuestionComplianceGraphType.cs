namespace Safeguarding.Governance.QualityAssurance;

public sealed class S175QuestionComplianceGraphType() : RecordGraphType<S175QuestionCompliance>("S175QuestionCompliance",
    "Settings answering yes to a S.175/157 question, as a percentage rounded to two decimals, with the change from the previous year.");
