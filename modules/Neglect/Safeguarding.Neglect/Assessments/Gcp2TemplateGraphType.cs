using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

public sealed class Gcp2TemplateGraphType : RecordGraphType<AssessmentTemplate>
{
    public Gcp2TemplateGraphType() : base("Gcp2Template",
        "A version of the Graded Care Profile 2 structure: areas and sub-areas with codes and neutral labels. Descriptor wording is not held.", x => x.Id)
    {
        Rows(x => x.Areas, 4);
    }
}
