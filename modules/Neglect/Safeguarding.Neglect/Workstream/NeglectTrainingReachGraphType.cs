using GraphQL.Types;

namespace Safeguarding.Neglect.Workstream;

public sealed class NeglectTrainingReachGraphType : ObjectGraphType<TrainingReach>
{
    public NeglectTrainingReachGraphType()
    {
        Name = "NeglectTrainingReach";
        Field(x => x.Year);
        Field(x => x.Topic);
        Field(x => x.Sessions);
        Field(x => x.Attendees);
    }
}
