using Safeguarding.Neglect.Templates;

namespace Safeguarding.Neglect.Assessments;

public sealed class Gcp2SubAreaGraphType() : RecordGraphType<TemplateSubArea>("Gcp2SubArea", null, x => x.Id, x => x.AreaId, x => x.Position);
