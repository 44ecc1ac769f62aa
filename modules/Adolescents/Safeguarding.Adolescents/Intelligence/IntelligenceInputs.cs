using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

public sealed class RecordMissingEpisodeInput : IntakeInput
{
    public DateTimeOffset WentMissingAt { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? WhereFound { get; set; }
}

public sealed class RecordMissingEpisodeInputType : InputObjectGraphType<RecordMissingEpisodeInput>
{
    public RecordMissingEpisodeInputType()
    {
        Name = "RecordMissingEpisodeInput";
        IntakeFields.Add(this);
        Field(x => x.WentMissingAt).Description("When the young person went missing (with its offset, e.g. 2025-03-30T21:40:00+01:00).");
        Field(x => x.ReturnedAt, nullable: true).Description("When they returned, if they already have.");
        Field(x => x.WhereFound, nullable: true);
    }
}

public sealed class RecordReturnInput
{
    public string? EpisodeId { get; set; }
    public DateTimeOffset ReturnedAt { get; set; }
    public string? WhereFound { get; set; }
    public List<string>? LocationIds { get; set; }
}

public sealed class RecordReturnInputType : InputObjectGraphType<RecordReturnInput>
{
    public RecordReturnInputType()
    {
        Name = "RecordYoungPersonReturnInput";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field(x => x.ReturnedAt);
        Field(x => x.WhereFound, nullable: true);
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("locationIds").Description("Where the young person was found, if a known location.");
    }
}

public sealed class OfferInterviewInput
{
    public string? EpisodeId { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public string? OfferingAgency { get; set; }
}

public sealed class OfferInterviewInputType : InputObjectGraphType<OfferInterviewInput>
{
    public OfferInterviewInputType()
    {
        Name = "OfferReturnHomeInterviewInput";
        Field<NonNullGraphType<IdGraphType>>("episodeId");
        Field(x => x.OfferedAt);
        Field(x => x.OfferingAgency, nullable: true).Description("One of the partnership's agencies; by default your own agency.");
    }
}

public sealed class RecordCustodyEpisodeInput : IntakeInput
{
    public DateTimeOffset DetainedAt { get; set; }
    public DateTimeOffset? ReleasedAt { get; set; }
}

public sealed class RecordCustodyEpisodeInputType : InputObjectGraphType<RecordCustodyEpisodeInput>
{
    public RecordCustodyEpisodeInputType()
    {
        Name = "RecordCustodyEpisodeInput";
        IntakeFields.Add(this);
        Field(x => x.DetainedAt);
        Field(x => x.ReleasedAt, nullable: true);
    }
}

public sealed class RecordExploitationConcernInput : IntakeInput
{
    public ExploitationKind Kind { get; set; }
    public bool CountyLines { get; set; }
    public List<string>? Indicators { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string? Summary { get; set; }
}

public sealed class RecordExploitationConcernInputType : InputObjectGraphType<RecordExploitationConcernInput>
{
    public RecordExploitationConcernInputType()
    {
        Name = "RecordExploitationConcernInput";
        IntakeFields.Add(this);
        Field<NonNullGraphType<EnumerationGraphType<ExploitationKind>>>("kind").Description("CRIMINAL (including county lines) or SEXUAL.");
        Field(x => x.CountyLines).Description("Criminal exploitation through county lines drug supply.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("indicators").Description("The indicators seen, one per item.");
        Field(x => x.ReportedOn);
        Field(x => x.Summary, nullable: true);
    }
}

public sealed class RecordAdultOfConcernInput
{
    public string? Name { get; set; }
    public string? KnownAs { get; set; }
    public string? Notes { get; set; }
}

public sealed class RecordAdultOfConcernInputType : InputObjectGraphType<RecordAdultOfConcernInput>
{
    public RecordAdultOfConcernInputType()
    {
        Name = "RecordAdultOfConcernInput";
        Field(x => x.Name);
        Field(x => x.KnownAs, nullable: true);
        Field(x => x.Notes, nullable: true);
    }
}
