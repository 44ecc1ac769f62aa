namespace Safeguarding.Governance.QualityAssurance;

public sealed class Section11RatingGraphType : RecordGraphType<Section11StandardRating>
{
    public Section11RatingGraphType() : base("Section11StandardRating", null, x => x.Id, x => x.SelfAssessmentId)
    {
        Field<NonNullGraphType<StringGraphType>>("heading").Description("The standard's heading.").Resolve(c => Section11Standards.All.First(s => s.Code == c.Source.Standard).Heading);
    }
}
