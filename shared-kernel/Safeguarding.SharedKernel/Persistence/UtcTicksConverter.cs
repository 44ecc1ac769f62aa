using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Safeguarding.SharedKernel.Persistence;

/// <summary>Stores an instant as UTC ticks: sortable and comparable in SQL, with no offset to lose.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
