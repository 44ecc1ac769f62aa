using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.QualityAssurance;

public enum Section11Rating { Met, PartiallyMet, NotMet }

/// <summary>
/// The standards an agency assesses itself against under section 11 of the Children Act 2004, as data: a code and a
/// short heading each. A self-assessment rates every standard once.
/// </summary>
public static class Section11Standards
{
    public static readonly IReadOnlyList<(string Code, string Heading)> All =
    [
        ("S11.1", "Senior management commitment to safeguarding"),
        ("S11.2", "A clear line of accountability for safeguarding"),
        ("S11.3", "Service development takes account of the need to safeguard children"),
        ("S11.4", "Staff training on safeguarding"),
        ("S11.5", "Safer recruitment"),
        ("S11.6", "Effective inter-agency working"),
        ("S11.7", "Information sharing"),
        ("S11.8", "Children's wishes and feelings are heard"),
    ];

    public static bool IsKnown(string? code) => All.Any(s => s.Code == code);
}

/// <summary>One agency's Section 11 self-assessment for a year.</summary>
public sealed class Section11SelfAssessment
{
    public Guid Id { get; set; }
    public Guid PartnerId { get; set; }
    public int Year { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public List<Section11StandardRating> Ratings { get; set; } = [];
}

public sealed class Section11StandardRating
{
    public Guid Id { get; set; }
    public Guid SelfAssessmentId { get; set; }
    public string Standard { get; set; } = "";
    public Section11Rating Rating { get; set; }
    /// <summary>Required unless the standard is met: what the agency will do.</summary>
    public string? Action { get; set; }
}

public sealed record Section11StandardCompliance(string Standard, string Heading, int Met, int PartiallyMet, int NotMet, decimal PercentMet);

public sealed class Section11RatingGraphType : ObjectGraphType<Section11StandardRating>
{
    public Section11RatingGraphType()
    {
        Name = "Section11StandardRating";
        Field(x => x.Standard);
        Field<NonNullGraphType<StringGraphType>>("heading").Resolve(c => Section11Standards.All.First(s => s.Code == c.Source.Standard).Heading);
        Field<NonNullGraphType<EnumerationGraphType<Section11Rating>>>("rating").Resolve(c => c.Source.Rating);
        Field(x => x.Action, nullable: true);
    }
}

public sealed class Section11SelfAssessmentGraphType : ObjectGraphType<Section11SelfAssessment>
{
    public Section11SelfAssessmentGraphType()
    {
        Name = "Section11SelfAssessment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Year);
        Field(x => x.SubmittedOn);
        Field<NonNullGraphType<PartnerGraphType>>("partner")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Partners.FindAsync([c.Source.PartnerId], c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11RatingGraphType>>>>("ratings")
            .Resolve(c => c.Source.Ratings.OrderBy(r => r.Standard).ToList());
    }
}

public sealed class Section11ComplianceGraphType : ObjectGraphType<Section11StandardCompliance>
{
    public Section11ComplianceGraphType()
    {
        Name = "Section11StandardCompliance";
        Field(x => x.Standard);
        Field(x => x.Heading);
        Field(x => x.Met);
        Field(x => x.PartiallyMet);
        Field(x => x.NotMet);
        Field(x => x.PercentMet).Description("Share of the year's self-assessments rating the standard met, to two decimals.");
    }
}

public sealed class Section11RatingInput
{
    public string? Standard { get; set; }
    public Section11Rating Rating { get; set; }
    public string? Action { get; set; }
}

public sealed class Section11RatingInputType : InputObjectGraphType<Section11RatingInput>
{
    public Section11RatingInputType()
    {
        Name = "Section11RatingInput";
        Field(x => x.Standard).Description("A standard's code, S11.1 to S11.8.");
        Field<NonNullGraphType<EnumerationGraphType<Section11Rating>>>("rating");
        Field(x => x.Action, nullable: true).Description("Required when the standard is not fully met.");
    }
}

public sealed class SubmitSection11Input
{
    public string? PartnerId { get; set; }
    public int Year { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public List<Section11RatingInput>? Ratings { get; set; }
}

public sealed class SubmitSection11InputType : InputObjectGraphType<SubmitSection11Input>
{
    public SubmitSection11InputType()
    {
        Name = "SubmitSection11SelfAssessmentInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Year);
        Field(x => x.SubmittedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11RatingInputType>>>>("ratings");
    }
}

internal static class Section11Graph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    public static IReadOnlyList<Section11StandardCompliance> Compliance(IReadOnlyList<Section11SelfAssessment> assessments) =>
        Section11Standards.All.Select(s =>
        {
            var ratings = assessments.SelectMany(a => a.Ratings).Where(r => r.Standard == s.Code).ToList();
            int Count(Section11Rating rating) => ratings.Count(r => r.Rating == rating);
            var percent = ratings.Count == 0 ? 0 : decimal.Round(Count(Section11Rating.Met) * 100m / ratings.Count, 2, MidpointRounding.AwayFromZero);
            return new Section11StandardCompliance(s.Code, s.Heading, Count(Section11Rating.Met), Count(Section11Rating.PartiallyMet), Count(Section11Rating.NotMet), percent);
        }).ToList();

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11SelfAssessmentGraphType>>>>("section11SelfAssessments")
            .Description("Agencies' Section 11 self-assessments for a year.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int>("year");
                return await c.Service<GovernanceDbContext>().Section11SelfAssessments.AsNoTracking().Include(a => a.Ratings)
                    .Where(a => a.Year == year).OrderBy(a => a.SubmittedOn).ToListAsync(c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Section11ComplianceGraphType>>>>("section11Compliance")
            .Description("Per standard, how many agencies rated it met, partly met or not met in a year.")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var year = c.GetArgument<int>("year");
                var assessments = await c.Service<GovernanceDbContext>().Section11SelfAssessments.AsNoTracking().Include(a => a.Ratings)
                    .Where(a => a.Year == year).ToListAsync(c.CancellationToken);
                return Compliance(assessments);
            });

        slice.Mutation.Field<NonNullGraphType<Section11SelfAssessmentGraphType>>("submitSection11SelfAssessment")
            .Description("Records an agency's Section 11 self-assessment for a year: every standard rated once, with an action for any not fully met.")
            .Argument<NonNullGraphType<SubmitSection11InputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SubmitSection11Input>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var ratings = input.Ratings ?? [];
                var check = new InputCheck();
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
                check.Require(input.Year >= 2015 && input.Year <= today.Year, "year", $"The year must be between 2015 and {today.Year}.")
                    .Require(input.SubmittedOn <= today, "submittedOn", "A self-assessment cannot be submitted on a future date.")
                    .Require(input.SubmittedOn.Year >= input.Year, "submittedOn", "A self-assessment cannot be submitted before its year.");
                var unknown = ratings.Where(r => !Section11Standards.IsKnown(r.Standard)).Select(r => r.Standard).ToList();
                check.Require(unknown.Count == 0, "ratings", $"Unknown standard(s): {string.Join(", ", unknown)}. The standards are S11.1 to S11.8.");
                var missing = Section11Standards.All.Select(s => s.Code).Except(ratings.Select(r => r.Standard ?? "")).ToList();
                check.Require(missing.Count == 0, "ratings", $"Rate every standard once; missing: {string.Join(", ", missing)}.")
                    .Require(ratings.GroupBy(r => r.Standard).All(g => g.Count() == 1), "ratings", "Each standard may be rated only once.")
                    .Require(ratings.All(r => r.Rating == Section11Rating.Met || !string.IsNullOrWhiteSpace(r.Action)), "ratings",
                        "Give the action the agency will take for every standard not fully met.")
                    .Require(ratings.All(r => (r.Action?.Length ?? 0) <= 2000), "ratings", "Each action must be 2000 characters or fewer.")
                    .ThrowIfInvalid();
                await db.CurrentPartnerAsync(partnerId, "partnerId", c.CancellationToken);
                if (await db.Section11SelfAssessments.AnyAsync(a => a.PartnerId == partnerId && a.Year == input.Year, c.CancellationToken))
                    throw PartnershipError.Conflict($"That agency has already submitted its Section 11 self-assessment for {input.Year}.");
                var assessment = new Section11SelfAssessment { Id = Guid.NewGuid(), PartnerId = partnerId, Year = input.Year, SubmittedOn = input.SubmittedOn };
                assessment.Ratings = ratings.Select(r => new Section11StandardRating
                {
                    Id = Guid.NewGuid(), SelfAssessmentId = assessment.Id, Standard = r.Standard!, Rating = r.Rating,
                    Action = string.IsNullOrWhiteSpace(r.Action) ? null : r.Action.Trim(),
                }).ToList();
                db.Section11SelfAssessments.Add(assessment);
                db.Publish(new Section11SelfAssessmentSubmitted(partnerId, input.Year,
                    ratings.Count(r => r.Rating == Section11Rating.Met), ratings.Count(r => r.Rating == Section11Rating.PartiallyMet), ratings.Count(r => r.Rating == Section11Rating.NotMet)));
                await db.SaveChangesAsync(c.CancellationToken);
                return assessment;
            });
    }
}
