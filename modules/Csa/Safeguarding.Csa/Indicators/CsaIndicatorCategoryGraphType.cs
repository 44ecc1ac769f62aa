namespace Safeguarding.Csa.Indicators;

public sealed class CsaIndicatorCategoryGraphType() : RecordGraphType<IndicatorCategory>("CsaIndicatorCategory",
    "A category of signs and indicators of child sexual abuse: a code and a short name. No descriptor text is held.", x => x.Position);
