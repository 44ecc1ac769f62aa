using GraphQL;
using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Encompass;

public sealed class EncompassGapsGraphType : ObjectGraphType<EncompassGaps>
{
    public EncompassGapsGraphType()
    {
        Name = "EncompassGaps";
        Description = "Where Operation Encompass cannot reach: settings not subscribed, and children in notices with no known setting.";
        Field(x => x.From);
        Field(x => x.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EncompassGapGraphType>>>>("unsubscribedSettings").WithComplexityImpact(1, 10).Resolve(c => c.Source.UnsubscribedSettings);
        Field(x => x.ChildrenWithNoKnownSetting).Description("Children named in notices in the period who are linked to no setting.");
    }
}
