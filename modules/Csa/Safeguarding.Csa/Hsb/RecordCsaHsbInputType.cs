using Safeguarding.Csa.Support;

namespace Safeguarding.Csa.Hsb;

public sealed class RecordCsaHsbInputType : RecordInputGraphType<RecordCsaHsbInput>
{
    public RecordCsaHsbInputType() : base("RecordCsaHarmfulSexualBehaviourInput")
    {
        Reference(x => x.SubjectId, required: true);
        Required(x => x.Behaviour, x => x.Response);
    }
}
