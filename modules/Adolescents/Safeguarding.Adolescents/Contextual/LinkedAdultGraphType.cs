using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedAdultGraphType : RecordGraphType<LinkedAdult>
{
    public LinkedAdultGraphType() : base("ContextualSafeguardingAdult", null)
    {
        Rows(x => x.YoungPeople, 5);
    }
}
