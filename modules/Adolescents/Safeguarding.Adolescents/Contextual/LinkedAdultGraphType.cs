using Safeguarding.Adolescents.Intelligence;

namespace Safeguarding.Adolescents.Contextual;

public sealed class LinkedAdultGraphType : RecordGraphType<LinkedAdult>
{
    public LinkedAdultGraphType() : base("ContextualSafeguardingAdult", null)
    {
        ShownAs<AdultOfConcernGraphType>(x => x.Adult);
        ShownAs<LinkedYoungPersonGraphType>(x => x.YoungPeople, 5);
    }
}
