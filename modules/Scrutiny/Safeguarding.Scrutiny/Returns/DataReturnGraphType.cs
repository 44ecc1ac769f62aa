using GraphQL.Types;

namespace Safeguarding.Scrutiny.Returns;

public sealed class DataReturnGraphType : ObjectGraphType<DataReturn>
{
    public DataReturnGraphType()
    {
        Name = "DataReturn";
        Description = "A figure an agency supplied for a measure and quarter.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Measure);
        Field(x => x.Quarter);
        Field(x => x.PartnerId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Agency);
        Field(x => x.Value);
        Field(x => x.Note, nullable: true);
        Field(x => x.SubmittedBy);
        Field(x => x.SubmittedAt);
    }
}
