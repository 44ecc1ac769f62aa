using GraphQL.Types;

namespace Safeguarding.Csa.Indicators;

public sealed class CsaDiscussionFlagGraphType : ObjectGraphType<DiscussionFlag>
{
    public CsaDiscussionFlagGraphType()
    {
        Name = "CsaDiscussionFlag";
        Description = "A child flagged for a multi-agency discussion; open until the discussion is recorded.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.FlaggedOn);
        Field(x => x.AgencyCount).Description("Agencies among the indicators not yet discussed when the flag was raised.");
        Field(x => x.IndicatorsInWindow).Description("The most of those indicators observed within the window of days.");
        Field(x => x.Reason).Description("AGENCIES, COUNT or AGENCIES+COUNT.");
        Field(x => x.IsOpen);
        Field(x => x.DiscussionHeldOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("discussionAgencies").Resolve(c => c.Source.Agencies);
        Field(x => x.DiscussionOutcome, nullable: true);
    }
}
