namespace Safeguarding.Csa.Workstream;

public sealed class RecordCsaAwarenessActivityInputType : RecordInputGraphType<RecordCsaAwarenessActivityInput>
{
    public RecordCsaAwarenessActivityInputType() : base("RecordCsaAwarenessActivityInput")
    {
        Describe(x => x.Year, "Financial year, e.g. \"2024-25\".");
        Describe(x => x.Partners, "Who the young people worked with, e.g. a college and a charity.");
    }
}
