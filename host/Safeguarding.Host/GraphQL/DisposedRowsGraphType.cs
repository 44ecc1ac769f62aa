using Safeguarding.Host.Platform.PersonalData;

namespace Safeguarding.Host.GraphQL;

public sealed class DisposedRowsGraphType : RecordGraphType<DisposedRows>
{
    public DisposedRowsGraphType() : base("DisposedRows", "What a disposal did to one kind of record in a module or the registry.")
    {
    }
}
