using GraphQL;
using GraphQL.Types;

namespace Safeguarding.Csa.Indicators;

/// <summary>An indicator with its category's label.</summary>
public sealed record IndicatorView(Indicator Indicator, string CategoryLabel);

/// <summary>A child's signs and indicators in the order observed, with the agencies involved and the flags raised.</summary>
public sealed record Chronology(Guid SubjectId, IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<DiscussionFlag> Flags)
{
    public IReadOnlyList<string> Agencies => Indicators.Select(i => i.Indicator.SourceAgency)
        .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
    public DiscussionFlag? OpenFlag => Flags.FirstOrDefault(f => f.IsOpen);
}

/// <summary>What recording an indicator did: the indicator, the child's open flag if any, and whether this indicator raised it.</summary>
public sealed record IndicatorRecorded(IndicatorView Indicator, DiscussionFlag? Flag, bool FlaggedNow);

public sealed class CsaIndicatorCategoryGraphType : ObjectGraphType<IndicatorCategory>
{
    public CsaIndicatorCategoryGraphType()
    {
        Name = "CsaIndicatorCategory";
        Description = "A category of signs and indicators of child sexual abuse: a code and a short name. No descriptor text is held.";
        Field(x => x.Code);
        Field(x => x.Label);
    }
}

public sealed class CsaIndicatorGraphType : ObjectGraphType<IndicatorView>
{
    public CsaIndicatorGraphType()
    {
        Name = "CsaIndicator";
        Description = "A sign or indicator of sexual abuse observed about a child.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Indicator.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Indicator.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("categoryCode").Resolve(c => c.Source.Indicator.CategoryCode);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(c => c.Source.CategoryLabel);
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn").Resolve(c => c.Source.Indicator.ObservedOn);
        Field<NonNullGraphType<StringGraphType>>("sourceAgency").Resolve(c => c.Source.Indicator.SourceAgency);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Indicator.Description);
        Field<NonNullGraphType<BooleanGraphType>>("seenAndSpokenToAlone").Description("Whether the child was seen and spoken to alone.").Resolve(c => c.Source.Indicator.SeenAndSpokenToAlone);
        Field<NonNullGraphType<StringGraphType>>("recordedBy").Resolve(c => c.Source.Indicator.RecordedBy);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => c.Source.Indicator.RecordedAt);
        Field<NonNullGraphType<BooleanGraphType>>("discussed").Description("Whether a multi-agency discussion has considered it.").Resolve(c => c.Source.Indicator.DiscussedUnderFlagId != null);
    }
}

public sealed class CsaDiscussionFlagGraphType : ObjectGraphType<DiscussionFlag>
{
    public CsaDiscussionFlagGraphType()
    {
        Name = "CsaDiscussionFlag";
        Description = "A child flagged for a multi-agency discussion; open until the discussion is recorded.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field(x => x.FlaggedOn);
        Field(x => x.AgencyCount).Description("Agencies among the indicators not yet discussed when the flag was raised.");
        Field(x => x.IndicatorsInWindow).Description("The most of those indicators observed within the window of days.");
        Field(x => x.Reason).Description("AGENCIES, COUNT or AGENCIES+COUNT.");
        Field(x => x.IsOpen);
        Field(x => x.DiscussionHeldOn, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("discussionAgencies").Resolve(c => c.Source.Agencies);
        Field(x => x.DiscussionOutcome, nullable: true);
    }
}

public sealed class CsaChronologyGraphType : ObjectGraphType<Chronology>
{
    public CsaChronologyGraphType()
    {
        Name = "CsaChronology";
        Description = "A child's signs and indicators in the order observed, so the picture can be seen building across agencies.";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaIndicatorGraphType>>>>("indicators").WithComplexityImpact(1, 10).Resolve(c => c.Source.Indicators);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agencies").Resolve(c => c.Source.Agencies);
        Field<CsaDiscussionFlagGraphType>("openFlag").Resolve(c => c.Source.OpenFlag);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CsaDiscussionFlagGraphType>>>>("flags").WithComplexityImpact(1, 3).Resolve(c => c.Source.Flags);
    }
}

public sealed class CsaIndicatorRecordedGraphType : ObjectGraphType<IndicatorRecorded>
{
    public CsaIndicatorRecordedGraphType()
    {
        Name = "CsaIndicatorRecorded";
        Field<NonNullGraphType<CsaIndicatorGraphType>>("indicator").Resolve(c => c.Source.Indicator);
        Field<CsaDiscussionFlagGraphType>("flag").Description("The child's open flag, if there is one.").Resolve(c => c.Source.Flag);
        Field(x => x.FlaggedNow).Description("True when this indicator raised the flag.");
    }
}

public sealed class RecordCsaIndicatorInput
{
    public string? SubjectId { get; set; }
    public string? CategoryCode { get; set; }
    public DateOnly ObservedOn { get; set; }
    public string? SourceAgency { get; set; }
    public string? Description { get; set; }
    public bool SeenAndSpokenToAlone { get; set; }
}

public sealed class RecordCsaIndicatorInputType : InputObjectGraphType<RecordCsaIndicatorInput>
{
    public RecordCsaIndicatorInputType()
    {
        Name = "RecordCsaIndicatorInput";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Description("A child registered in the subject registry.");
        Field(x => x.CategoryCode).Description("A code from csaIndicatorCategories, e.g. \"EMOTIONAL_BEHAVIOURAL\".");
        Field(x => x.ObservedOn).Description("The day it was observed (not in the future).");
        Field(x => x.SourceAgency, nullable: true).Description("The agency that observed it; default your own.");
        Field(x => x.Description).Description("What was seen or heard, in the practitioner's words.");
        Field(x => x.SeenAndSpokenToAlone).Description("Whether the child was seen and spoken to alone.");
    }
}

public sealed class RecordCsaDiscussionInput
{
    public string? FlagId { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<string>? Agencies { get; set; }
    public string? Outcome { get; set; }
}

public sealed class RecordCsaDiscussionInputType : InputObjectGraphType<RecordCsaDiscussionInput>
{
    public RecordCsaDiscussionInputType()
    {
        Name = "RecordCsaDiscussionInput";
        Field<NonNullGraphType<IdGraphType>>("flagId");
        Field(x => x.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agencies").Description("The agencies that took part: at least two.");
        Field(x => x.Outcome).Description("What was agreed.");
    }
}
