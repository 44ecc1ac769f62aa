namespace Safeguarding.Host.GraphQL;

public sealed class SmallNumberRuleGraphType() : RecordGraphType<SmallNumberRule>("SmallNumberRule",
    "How small counts of people are withheld from the partnership's aggregates for everyone but the group holding the records.");
