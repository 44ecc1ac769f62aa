namespace Safeguarding.Governance.Priorities;

/// <summary>A partnership priority and its plan on a page.</summary>
public sealed class Priority
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The module the priority's working group works in.</summary>
    public string Module { get; set; } = "";
    public List<string> WhatWeWantToSee { get; set; } = [];
    public List<string> HowWeWillDoThat { get; set; } = [];
}
