namespace Safeguarding.Host.GraphQL;

public sealed class SubjectSearchResultGraphType : ObjectGraphType<SubjectSearchResult>
{
    public SubjectSearchResultGraphType()
    {
        Name = "SubjectSearchResult";
        Description = "A child a search found. Name, date of birth and reasons only where you may see who the child is (your working group holds data on them); audited.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Subject.ToString());
        Field<NonNullGraphType<SubjectGraphType>>("subject").Description("The child found.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("How likely this is the child you are looking for (0 to 1).").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("reasons").Description("Why this record matched, in plain words (same NHS number, a nickname of the given name...).").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modules").Description("The modules holding data on the child.").Resolve(c => c.Source.Modules);
        Field<StringGraphType>("name").Description("The child's name, shown only for children your working group holds data on.").Resolve(c => c.Source.Name);
        Field<DateOnlyGraphType>("dateOfBirth").Description("The child's date of birth, shown only for children your working group holds data on.").Resolve(c => c.Source.DateOfBirth);
    }
}
