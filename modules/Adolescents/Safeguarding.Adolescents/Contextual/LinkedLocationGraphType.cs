using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedLocationGraphType : RecordGraphType<LinkedLocation>
{
    public LinkedLocationGraphType() : base("ContextualSafeguardingLocation", null)
    {
        Rows(x => x.YoungPeople, 5);
    }
}
