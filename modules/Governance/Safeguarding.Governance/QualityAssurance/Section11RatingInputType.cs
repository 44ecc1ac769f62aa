namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingInputType() : RecordInputGraphType<Section11RatingInput>("Section11RatingInput");
