using GraphQL.Types;

namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInputType : InputObjectGraphType<RecordCsaAwarenessActivityInput>
{
    public RecordCsaAwarenessActivityInputType()
    {
        Name = "RecordCsaAwarenessActivityInput";
        Field(x => x.Year).Description("Financial year, e.g. \"2024-25\".");
        Field(x => x.Title);
        Field(x => x.Partners).Description("Who the young people worked with, e.g. a college and a charity.");
        Field(x => x.Summary);
        Field(x => x.YoungPeopleReached, nullable: true);
    }
}
