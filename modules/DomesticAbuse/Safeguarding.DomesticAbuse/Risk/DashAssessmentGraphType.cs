namespace Safeguarding.DomesticAbuse.Risk;

public sealed class DashAssessmentGraphType : RecordGraphType<DashAssessment>
{
    public DashAssessmentGraphType() : base("DashAssessment",
        "A DASH risk checklist: 14 or more YES answers is high risk; professional judgement and escalation (3 or more notices involving the victim in 12 months) can also make it so.",
        x => x.Answers)
    {
        // The answers are held encoded, one letter each; the API shows them as the checklist's answers.
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DashAnswer>>>>>("answers").Description("The 24 answers, in the checklist's order.").Resolve(c => DashRules.Decode(c.Source.Answers));
        Field<MaracReferralGraphType>("maracReferral").Description("The MARAC referral it made; null when not high risk.")
            .LoadsOne(x => x.Id, (assessments, batch) => batch.Service<MaracReferrals>().ForAssessmentsAsync(assessments, batch.CancellationToken), r => r.AssessmentId);
    }
}
