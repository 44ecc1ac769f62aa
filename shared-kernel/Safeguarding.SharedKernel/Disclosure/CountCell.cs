namespace Safeguarding.SharedKernel.Disclosure;

/// <summary>One count entered in a <see cref="CountTable"/>: what to ask the table for once it is protected.</summary>
public readonly record struct CountCell(int Index);
