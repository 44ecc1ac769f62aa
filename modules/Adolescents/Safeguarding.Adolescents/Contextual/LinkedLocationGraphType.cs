using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedLocationGraphType : RecordGraphType<LinkedLocation>
{
    public LinkedLocationGraphType() : base("ContextualSafeguardingLocation", null)
    {
        ShownAs<LocationGraphType>(x => x.Location);
        ShownAs<LinkedYoungPersonGraphType>(x => x.YoungPeople, 5);
    }
}
