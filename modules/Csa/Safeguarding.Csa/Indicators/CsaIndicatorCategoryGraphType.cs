using GraphQL.Types;

namespace Safeguarding.Csa.Indicators;

public sealed class CsaIndicatorCategoryGraphType : ObjectGraphType<IndicatorCategory>
{
    public CsaIndicatorCategoryGraphType()
    {
        Name = "CsaIndicatorCategory";
        Description = "A category of signs and indicators of child sexual abuse: a code and a short name. No descriptor text is held.";
        Field(x => x.Code);
        Field(x => x.Label);
    }
}
