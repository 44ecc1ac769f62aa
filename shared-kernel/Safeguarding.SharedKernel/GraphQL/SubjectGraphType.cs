using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.Subjects;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>A child as every module refers to it: a pseudonymous id. Identity is a separate, guarded and audited field.</summary>
public sealed class SubjectGraphType : ObjectGraphType<SubjectId>
{
    public const string IdentityField = "identity";
    public const string TypeName = "Subject";

    public SubjectGraphType()
    {
        Name = TypeName;
        Description = "A child or young person, known to modules only by a pseudonymous id.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.ToString());
        Field<SubjectIdentityGraphType>(IdentityField)
            .Description("Who the child is. Only members of a working group whose module holds data on the child may read it; every read is audited with its purpose.")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you need to see who the child is; recorded in the audit log.")
            .ResolveAsync(async c =>
            {
                var purpose = c.GetArgument<string>("purpose");
                new InputCheck().RequirePurpose(purpose, "you need to see who the child is").ThrowIfInvalid();
                var registry = c.RequestServices!.GetRequiredService<ISubjectRegistry>();
                return await registry.ReadIdentityAsync(c.Source, c.User!, IdentityField, purpose.Trim(), c.CancellationToken);
            });
    }
}

public sealed class SubjectIdentityGraphType : ObjectGraphType<SubjectIdentity>
{
    public SubjectIdentityGraphType()
    {
        Name = "SubjectIdentity";
        Description = "Special-category personal data. Every read is recorded in the audit log.";
        Field(x => x.Name).Description("Given names and family name together, as a practitioner reads them.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dateOfBirth").Description("The person's date of birth, if known.").Resolve(c => c.Source.DateOfBirth);
        Field(x => x.NhsNumber, nullable: true).Description("The person's NHS number, if known.");
        Field<StringGraphType>("givenNames").Description("The person's given names.").Resolve(c => c.Source.Person?.GivenNames);
        Field<StringGraphType>("familyName").Description("The person's family name.").Resolve(c => c.Source.Person?.FamilyName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("otherNames").Description("Aliases, previous and other names.")
            .Resolve(c => c.Source.Person?.OtherNames ?? []);
        Field<StringGraphType>("uniquePupilNumber").Description("The person's Unique Pupil Number, if known.").Resolve(c => c.Source.Person?.UniquePupilNumber);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("postcodes").Description("The postcodes of the addresses held, newest first where known.")
            .Resolve(c => c.Source.Person?.Addresses.Select(a => a.Postcode).ToList() ?? []);
    }
}
