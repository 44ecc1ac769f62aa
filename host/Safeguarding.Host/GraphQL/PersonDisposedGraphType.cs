using Safeguarding.Host.Platform.PersonalData;

namespace Safeguarding.Host.GraphQL;

public sealed class PersonDisposedGraphType : RecordGraphType<PersonDisposed>
{
    public PersonDisposedGraphType() : base("PersonDisposed", "The outcome of disposing of a person's records: counts only, never who they were.")
    {
        InUkTime(x => x.At);
    }
}
