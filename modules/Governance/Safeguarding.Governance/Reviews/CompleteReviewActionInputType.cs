using Safeguarding.Governance.Actions;

namespace Safeguarding.Governance.Reviews;

/// <summary>The same input as a body's action (<see cref="CompleteActionInput"/>), under its own name in the schema.</summary>
public sealed class CompleteReviewActionInputType : RecordInputGraphType<CompleteActionInput>
{
    public CompleteReviewActionInputType() : base("CompleteReviewActionInput")
    {
        Reference(x => x.ActionId, required: true);
        Describe(x => x.CompletedOn, "Defaults to today.");
        Required(x => x.Evidence);
    }
}
