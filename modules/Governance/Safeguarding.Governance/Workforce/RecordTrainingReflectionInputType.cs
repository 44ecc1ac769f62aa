using GraphQL.Types;

namespace Safeguarding.Governance.Workforce;

public sealed class RecordTrainingReflectionInputType : InputObjectGraphType<RecordTrainingReflectionInput>
{
    public RecordTrainingReflectionInputType()
    {
        Name = "RecordTrainingReflectionInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("The agency of the person reflecting; one that attended, where attendance was recorded by agency.");
        Field(x => x.Role).Description("Their post, e.g. \"Social worker\"; never a name.");
        Field(x => x.Text).Description($"What they wrote (up to {TrainingReflection.MaxText} characters). About practice, not about a child.");
        Field(x => x.WrittenOn, nullable: true).Description("Defaults to today; on or after the session.");
    }
}
