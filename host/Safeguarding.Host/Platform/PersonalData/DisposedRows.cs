namespace Safeguarding.Host.Platform.PersonalData;

/// <summary>What a disposal did to one kind of record in one module or the registry.</summary>
/// <param name="Holder">The module, or "Registry" for the platform's tables.</param>
/// <param name="Kind">The kind of record, as the module declares it.</param>
/// <param name="Disposal">Whether the rows were deleted or anonymised (kept, counted, with the link to the person cut).</param>
/// <param name="Rows">How many rows.</param>
public sealed record DisposedRows(string Holder, string Kind, Disposal Disposal, int Rows);
