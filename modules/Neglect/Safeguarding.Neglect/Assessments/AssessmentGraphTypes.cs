using GraphQL;
using GraphQL.Types;
using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

public sealed class Gcp2TemplateGraphType : ObjectGraphType<AssessmentTemplate>
{
    public Gcp2TemplateGraphType()
    {
        Name = "Gcp2Template";
        Description = "A version of the Graded Care Profile 2 structure: areas and sub-areas with codes and neutral labels. Descriptor wording is not held.";
        Field(x => x.Code);
        Field(x => x.Version);
        Field(x => x.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2AreaGraphType>>>>("areas").WithComplexityImpact(1, 4).Resolve(c => c.Source.Areas);
    }
}

public sealed class Gcp2AreaGraphType : ObjectGraphType<TemplateArea>
{
    public Gcp2AreaGraphType()
    {
        Name = "Gcp2Area";
        Field(x => x.Code);
        Field(x => x.Label);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Gcp2SubAreaGraphType>>>>("subAreas").WithComplexityImpact(1, 5).Resolve(c => c.Source.SubAreas);
    }
}

public sealed class Gcp2SubAreaGraphType : ObjectGraphType<TemplateSubArea>
{
    public Gcp2SubAreaGraphType()
    {
        Name = "Gcp2SubArea";
        Field(x => x.Code);
        Field(x => x.Label);
    }
}

public sealed class NeglectAssessmentGraphType : ObjectGraphType<AssessmentView>
{
    public NeglectAssessmentGraphType()
    {
        Name = "NeglectAssessment";
        Description = "A Graded Care Profile 2 assessment of a child's care. Grades: 1 = all needs met, 5 = needs entirely unmet.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Assessment.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Assessment.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("templateCode").Resolve(c => c.Source.Assessment.TemplateCode);
        Field<NonNullGraphType<IntGraphType>>("templateVersion").Resolve(c => c.Source.Assessment.TemplateVersion);
        Field<NonNullGraphType<StringGraphType>>("agency").Resolve(c => c.Source.Assessment.Agency);
        Field<NonNullGraphType<StringGraphType>>("practitioner").Resolve(c => c.Source.Assessment.Practitioner);
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn").Resolve(c => c.Source.Assessment.ObservedOn);
        Field<NonNullGraphType<EnumerationGraphType<AssessmentStatus>>>("status").Resolve(c => c.Source.Assessment.Status);
        Field<NonNullGraphType<IntGraphType>>("version").Description("1 for an original assessment; each correction adds one.").Resolve(c => c.Source.Assessment.Version);
        Field<IdGraphType>("correctsAssessmentId").Resolve(c => c.Source.Assessment.CorrectsAssessmentId);
        Field<IdGraphType>("correctedByAssessmentId").Description("The completed correction that replaces this assessment, if any.").Resolve(c => c.Source.CorrectedByAssessmentId);
        Field<StringGraphType>("correctionReason").Resolve(c => c.Source.Assessment.CorrectionReason);
        Field<DateOnlyGraphType>("completedOn").Resolve(c => c.Source.Assessment.CompletedOn);
        Field<DateOnlyGraphType>("sharedWithFamilyOn").Resolve(c => c.Source.Assessment.SharedWithFamilyOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectSubAreaGradeGraphType>>>>("grades").WithComplexityImpact(1, 14).Resolve(c => c.Source.Grades);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAreaGradeGraphType>>>>("areas").WithComplexityImpact(1, 4)
            .Description("Each area's grade: the median of its sub-area grades, the worse of the two middle grades when the count is even.")
            .Resolve(c => c.Source.Areas);
        Field<IntGraphType>("worstAreaGrade").Description("The worst (highest) area grade, once every area is graded.").Resolve(c => c.Source.WorstAreaGrade);
        Field<NonNullGraphType<IntGraphType>>("areasOfConcern").Description("How many areas are graded 4 or 5.").Resolve(c => c.Source.AreasOfConcern);
    }
}

public sealed class NeglectSubAreaGradeGraphType : ObjectGraphType<SubAreaGradeView>
{
    public NeglectSubAreaGradeGraphType()
    {
        Name = "NeglectSubAreaGrade";
        Field(x => x.AreaCode);
        Field(x => x.SubAreaCode);
        Field(x => x.Label);
        Field(x => x.Grade);
        Field<NonNullGraphType<EnumerationGraphType<GradeFlag>>>("flag").Resolve(c => c.Source.Flag);
        Field(x => x.Note, nullable: true);
    }
}

public sealed class NeglectAreaGradeGraphType : ObjectGraphType<AreaGradeView>
{
    public NeglectAreaGradeGraphType()
    {
        Name = "NeglectAreaGrade";
        Field(x => x.Code);
        Field(x => x.Label);
        Field(x => x.Grade, nullable: true);
        Field(x => x.SubAreasGraded);
        Field(x => x.SubAreas);
    }
}

public sealed class NeglectChangeOverTimeGraphType : ObjectGraphType<ChangeOverTime>
{
    public NeglectChangeOverTimeGraphType()
    {
        Name = "NeglectChangeOverTime";
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.SubjectId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentGraphType>>>>("assessments").WithComplexityImpact(1, 5)
            .Description("Completed assessments in the order observed; a corrected assessment is replaced by its correction.").Resolve(c => c.Source.Assessments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAssessmentChangeGraphType>>>>("changes").WithComplexityImpact(1, 5).Resolve(c => c.Source.Changes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FamilyPlanActionGraphType>>>>("familyPlan").WithComplexityImpact(1, 5).Resolve(c => c.Source.FamilyPlan);
    }
}

public sealed class NeglectAssessmentChangeGraphType : ObjectGraphType<AssessmentChange>
{
    public NeglectAssessmentChangeGraphType()
    {
        Name = "NeglectAssessmentChange";
        Field<NonNullGraphType<IdGraphType>>("fromAssessmentId").Resolve(c => c.Source.FromAssessmentId);
        Field<NonNullGraphType<IdGraphType>>("toAssessmentId").Resolve(c => c.Source.ToAssessmentId);
        Field(x => x.FromObservedOn);
        Field(x => x.ToObservedOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeglectAreaChangeGraphType>>>>("areas").WithComplexityImpact(1, 4).Resolve(c => c.Source.Areas);
    }
}

public sealed class NeglectAreaChangeGraphType : ObjectGraphType<AreaChange>
{
    public NeglectAreaChangeGraphType()
    {
        Name = "NeglectAreaChange";
        Field(x => x.AreaCode);
        Field(x => x.Label);
        Field(x => x.FromGrade);
        Field(x => x.ToGrade);
        Field<NonNullGraphType<EnumerationGraphType<Direction>>>("direction").Description("IMPROVED (lower grade), SAME or WORSE.").Resolve(c => c.Source.Direction);
    }
}

public sealed class FamilyPlanActionGraphType : ObjectGraphType<FamilyPlanAction>
{
    public FamilyPlanActionGraphType()
    {
        Name = "NeglectFamilyPlanAction";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("assessmentId").Resolve(c => c.Source.AssessmentId);
        Field(x => x.AreaCode);
        Field(x => x.Action);
        Field(x => x.Owner);
        Field(x => x.ReviewOn);
    }
}
