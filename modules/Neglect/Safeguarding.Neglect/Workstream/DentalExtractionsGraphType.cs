using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class DentalExtractionsGraphType : ObjectGraphType<DentalExtractionCount>
{
    public DentalExtractionsGraphType()
    {
        Name = "NeglectDentalExtractions";
        Description = "Children who had teeth extracted in hospital because of decay, in a financial year.";
        Field(x => x.Year);
        Field(x => x.Children);
        Field(x => x.ReportedBy);
    }
}
