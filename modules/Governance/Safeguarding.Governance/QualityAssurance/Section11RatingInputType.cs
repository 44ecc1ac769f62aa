namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingInputType : RecordInputGraphType<Section11RatingInput>
{
    public Section11RatingInputType() : base("Section11RatingInput")
    {
        Describe(x => x.Standard, "A standard's code, S11.1 to S11.8.");
        Describe(x => x.Action, "Required when the standard is not fully met.");
    }
}
