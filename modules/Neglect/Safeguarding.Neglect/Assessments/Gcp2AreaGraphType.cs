using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

public sealed class Gcp2AreaGraphType : RecordGraphType<TemplateArea>
{
    public Gcp2AreaGraphType() : base("Gcp2Area", null, x => x.Id, x => x.TemplateId, x => x.Position)
    {
        Rows(x => x.SubAreas, 5);
    }
}
