namespace Safeguarding.Governance.QualityAssurance;

public sealed class SubmitSection11InputType : RecordInputGraphType<SubmitSection11Input>
{
    public SubmitSection11InputType() : base("SubmitSection11SelfAssessmentInput")
    {
        Reference(x => x.PartnerId, required: true);
        Required<Section11RatingInputType>(x => x.Ratings);
    }
}
