using System.Text.Json;
using System.Text.Json.Serialization;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// A moment as a page holds it: read from the API's ISO 8601 value, and written on a page only as UK wall-clock time
/// with its zone ("2 Jul 2025, 00:30 BST"; <see cref="InSentence"/>: "00:30 on 2 July 2025 (BST)"). Razor writes it with
/// <see cref="ToString"/>, so no page can print a UTC time by accident; a test checks that no page model holds a
/// <see cref="DateTimeOffset"/> or <see cref="DateTime"/> instead.
/// </summary>
[JsonConverter(typeof(JsonForm))]
public readonly record struct UkInstant(DateTimeOffset Instant)
{
    public string InSentence => UkTime.Show(Instant);

    /// <summary>The UK calendar date it falls on.</summary>
    public DateOnly Date => UkTime.DateOf(Instant);

    public override string ToString() => UkTime.ShowShort(Instant);

    /// <summary>Reads and writes the API's ISO 8601 text.</summary>
    public sealed class JsonForm : JsonConverter<UkInstant>
    {
        public override UkInstant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetDateTimeOffset());
        public override void Write(Utf8JsonWriter writer, UkInstant value, JsonSerializerOptions options) => writer.WriteStringValue(value.Instant);
    }
}
