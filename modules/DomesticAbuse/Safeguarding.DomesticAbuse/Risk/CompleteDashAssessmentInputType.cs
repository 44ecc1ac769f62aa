using GraphQL.Types;

namespace Safeguarding.DomesticAbuse.Risk;

public sealed class CompleteDashAssessmentInputType : InputObjectGraphType<CompleteDashAssessmentInput>
{
    public CompleteDashAssessmentInputType()
    {
        Name = "CompleteDashAssessmentInput";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EnumerationGraphType<DashAnswer>>>>>("answers").Description($"Exactly {DashRules.Questions} answers in question order: YES, NO or NOT_KNOWN.");
        Field<StringGraphType>("victimPersonReference").Description("The victim's police person reference, if known from notices: repeat incidents in the last 12 months are counted for escalation.");
        Field<BooleanGraphType>("professionalJudgement").Description("The practitioner judges the case high risk whatever the score; judgementReason is then required.");
        Field<StringGraphType>("judgementReason");
        Field<DateOnlyGraphType>("completedOn").Description("Default today; not in the future.");
        Field<DateOnlyGraphType>("maracMeetingOn").Description("The MARAC meeting the case goes to; required when the assessment is high risk.");
    }
}
