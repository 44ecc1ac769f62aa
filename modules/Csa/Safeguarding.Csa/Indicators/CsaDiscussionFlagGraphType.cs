namespace Safeguarding.Csa.Indicators;

public sealed class CsaDiscussionFlagGraphType : RecordGraphType<DiscussionFlag>
{
    public CsaDiscussionFlagGraphType() : base("CsaDiscussionFlag", "A child flagged for a multi-agency discussion; open until the discussion is recorded.",
        x => x.DiscussionAgencies, x => x.Agencies, x => x.RecordedBy)
    {
        Describe(x => x.Reason, "AGENCIES, COUNT or AGENCIES+COUNT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("discussionAgencies").Description("The agencies at the discussion; empty until it is held.").Resolve(c => c.Source.Agencies);
    }
}
