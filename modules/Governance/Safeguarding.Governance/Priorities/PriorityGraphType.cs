namespace Safeguarding.Governance.Priorities;

public sealed class PriorityGraphType : RecordGraphType<Priority>
{
    public PriorityGraphType() : base("Priority", "A partnership priority and its plan on a page.")
    {
        IdentifiedAsNode();
        Describe(x => x.Module, "The module its working group works in.");
    }
}
