using GraphQL;
using GraphQL.Builders;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The host refuses a field whose arguments hold a date outside <see cref="Domain.RecordableDates"/>, or a text longer
/// than <see cref="Domain.InputCheck.TextCeiling"/>, naming the value, before its resolver runs. A batch field whose
/// answer reports each item's problems on its own (one bad item must not fail the others) says so with
/// <see cref="ChecksItemByItem{TSource,TReturn}"/>: the host then leaves its arguments to it, and the field must check
/// every item's dates and texts itself (<c>InputCheck.RequireRecordable</c>, <c>RequireText</c>, <c>OptionalText</c>).
/// </summary>
public static class ItemByItemChecks
{
    public const string Key = "safeguarding:checks-item-by-item";

    public static FieldBuilder<TSource, TReturn> ChecksItemByItem<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        field.FieldType.WithMetadata(Key, true);
        return field;
    }

    public static bool IsCheckedItemByItem(this global::GraphQL.Types.FieldType field) => field.GetMetadata(Key, false);
}
