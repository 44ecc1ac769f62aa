namespace Safeguarding.Governance.Bodies;

/// <summary>The kind of body in the partnership's structure.</summary>
public enum BodyKind
{
    /// <summary>The partnership's executive board.</summary>
    Board,
    /// <summary>A standing group of the partnership (a subgroup or panel).</summary>
    Group,
    /// <summary>A working group running one of the partnership's priority workstreams.</summary>
    WorkingGroup,
}
