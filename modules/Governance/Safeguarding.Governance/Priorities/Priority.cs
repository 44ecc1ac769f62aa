namespace Safeguarding.Governance.Priorities;

/// <summary>A partnership priority and its plan on a page.</summary>
public sealed class Priority
{
    public Guid Id { get; set; }
    /// <summary>The priority's name, e.g. "Neglect"; each of the four priorities has a working group and a module.</summary>
    public string Name { get; set; } = "";
    /// <summary>The module the priority's working group works in.</summary>
    public string Module { get; set; } = "";
    /// <summary>What the partnership wants to see for children, point by point.</summary>
    public List<string> WhatWeWantToSee { get; set; } = [];
    /// <summary>How the partnership will work towards it, point by point.</summary>
    public List<string> HowWeWillDoThat { get; set; } = [];
}
