namespace Safeguarding.Tests.Integration.Support;

/// <summary>A test of children dying with their parent: skipped, saying why, where <see cref="ChildProcesses"/> cannot
/// tie a child to its parent's life (no util-linux setpriv, or not Linux).</summary>
public sealed class ParentDeathFactAttribute : FactAttribute
{
    public ParentDeathFactAttribute()
    {
        if (!ChildProcesses.DieWithTheirParent)
            Skip = "setpriv (util-linux) is not installed here: a child process cannot be tied to its parent's life.";
    }
}
