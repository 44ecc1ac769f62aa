namespace Safeguarding.DomesticAbuse.Notices;

public sealed class ProtectionNoticeInputType : RecordInputGraphType<ProtectionNoticeInput>
{
    public ProtectionNoticeInputType() : base("ProtectionNoticeInput",
        "A police Public Protection Notice. Fields are checked per notice, so one bad notice in a batch is reported without failing the others.")
    {
        Describe(x => x.ReportingAgency, $"One of the partnership's agencies, whatever the letter case; stored as the partnership spells it. Default \"{NoticeIntake.DefaultReportingAgency}\".");
        // Subject ids arrive as text, so that a malformed one is reported against its place in the notice.
        ShownAs<IdGraphType>(x => x.Children).Description =
            $"The children present or affected, by their registered subject ids. With childIdentities, 1 to {NoticeIntake.MaxChildren} children.";
        ShownAs<PersonIdentityInputType>(x => x.ChildIdentities).Description =
            "The children present or affected, by who they are: each is matched to the child the partnership already holds, or registered " +
            "(an uncertain match goes to the review queue); the notice's result says which (childMatches).";
        ShownAs<NoticeAdultInputType>(x => x.Adults).Description = $"The adults involved (victim, person causing harm), up to {NoticeIntake.MaxAdults}.";
    }
}
