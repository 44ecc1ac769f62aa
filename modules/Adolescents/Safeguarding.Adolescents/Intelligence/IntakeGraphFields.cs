using GraphQL.Types;

namespace Safeguarding.Adolescents.Intelligence;

/// <summary>The fields of <see cref="IntakeInput"/>, shared by every intake input type.</summary>
internal static class IntakeGraphFields
{
    public static void Add<T>(InputObjectGraphType<T> type) where T : IntakeInput
    {
        type.Field<NonNullGraphType<IdGraphType>>("subjectId").Description("The young person: a subject registered through registerSubject.");
        type.Field<StringGraphType>("reportingAgency").Description("One of the partnership's agencies; by default your own agency.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("adultOfConcernIds").Description("Adults of concern this intelligence links to.");
        type.Field<ListGraphType<NonNullGraphType<IdGraphType>>>("locationIds").Description("Locations this intelligence links to.");
    }
}
