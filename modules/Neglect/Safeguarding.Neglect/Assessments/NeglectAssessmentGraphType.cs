namespace Safeguarding.Neglect.Assessments;

/// <summary>An assessment's view: the assessment's own fields are read through it, its grades and area grades derived.</summary>
public sealed class NeglectAssessmentGraphType : RecordGraphType<AssessmentView>
{
    public NeglectAssessmentGraphType() : base("NeglectAssessment",
        "A Graded Care Profile 2 assessment of a child's care. Grades: 1 = all needs met, 5 = needs entirely unmet.", x => x.Assessment)
    {
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
        Field<StringGraphType>("correctionReason").Resolve(c => c.Source.Assessment.CorrectionReason);
        Field<DateOnlyGraphType>("completedOn").Resolve(c => c.Source.Assessment.CompletedOn);
        Field<DateOnlyGraphType>("sharedWithFamilyOn").Resolve(c => c.Source.Assessment.SharedWithFamilyOn);
        Rows(x => x.Grades, 14);
        ShownAs<NeglectAreaGradeGraphType>(x => x.Areas, 4).Description = "Each area's grade: the median of its sub-area grades, the worse of the two middle grades when the count is even.";
    }
}
