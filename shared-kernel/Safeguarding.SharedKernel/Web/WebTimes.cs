using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.Web;

/// <summary>Turns a form's date-and-time input (UK wall-clock time) into an instant for the schema. Instants are shown with <see cref="UkInstant"/>.</summary>
public static class WebTimes
{
    public static DateTimeOffset? FromUkInput(string? value) =>
        DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? UkTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local))
            : null;
}
