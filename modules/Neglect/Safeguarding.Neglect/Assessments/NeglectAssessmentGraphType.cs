namespace Safeguarding.Neglect.Assessments;

/// <summary>An assessment's view: the assessment's own fields are read through it, its grades and area grades derived.</summary>
public sealed class NeglectAssessmentGraphType : RecordGraphType<AssessmentView>
{
    public NeglectAssessmentGraphType() : base("NeglectAssessment",
        "A Graded Care Profile 2 assessment of a child's care. Grades: 1 = all needs met, 5 = needs entirely unmet.", x => x.Assessment)
    {
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Assessment.Id);
        Field<NonNullGraphType<IdGraphType>>("subjectId").Resolve(c => c.Source.Assessment.SubjectId);
        Field<NonNullGraphType<StringGraphType>>("templateCode").Description("The Graded Care Profile 2 template used.").Resolve(c => c.Source.Assessment.TemplateCode);
        Field<NonNullGraphType<IntGraphType>>("templateVersion").Description("The template's version.").Resolve(c => c.Source.Assessment.TemplateVersion);
        Field<NonNullGraphType<StringGraphType>>("agency").Description("The agency whose practitioner made it.").Resolve(c => c.Source.Assessment.Agency);
        Field<NonNullGraphType<StringGraphType>>("practitioner").Description("The practitioner who made it.").Resolve(c => c.Source.Assessment.Practitioner);
        Field<NonNullGraphType<DateOnlyGraphType>>("observedOn").Description("The UK day the family was observed.").Resolve(c => c.Source.Assessment.ObservedOn);
        Field<NonNullGraphType<EnumerationGraphType<AssessmentStatus>>>("status").Description("Draft, completed, or shared with the family.").Resolve(c => c.Source.Assessment.Status);
        Field<NonNullGraphType<IntGraphType>>("version").Description("1 for an original assessment; each correction adds one.").Resolve(c => c.Source.Assessment.Version);
        Field<IdGraphType>("correctsAssessmentId").Description("The assessment it corrects; null for an original.").Resolve(c => c.Source.Assessment.CorrectsAssessmentId);
        Field<StringGraphType>("correctionReason").Description("Why it corrects an earlier assessment; null for an original.").Resolve(c => c.Source.Assessment.CorrectionReason);
        Field<DateOnlyGraphType>("completedOn").Description("The UK day it was completed; null for a draft.").Resolve(c => c.Source.Assessment.CompletedOn);
        Field<DateOnlyGraphType>("sharedWithFamilyOn").Description("The UK day it was shared with the family; null until then.").Resolve(c => c.Source.Assessment.SharedWithFamilyOn);
        Rows(x => x.Grades, 14);
        ShownAs<NeglectAreaGradeGraphType>(x => x.Areas, 4).Description = "Each area's grade: the median of its sub-area grades, the worse of the two middle grades when the count is even.";
    }
}
