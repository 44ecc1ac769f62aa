using Safeguarding.SharedKernel.PersonalData;

namespace Safeguarding.Tests.Unit.PersonalData;

/// <summary>A declaration of personal data names its columns from the entity's properties, whatever their type.</summary>
public sealed class PersonalTableTests
{
    private sealed class Note
    {
        public Guid SubjectId { get; set; }
        public Guid? RelativeId { get; set; }
        public string Text { get; set; } = "";
        public string? Reference { get; set; }
        public DateOnly WrittenOn { get; set; }
        public List<Line> Lines { get; set; } = [];
    }

    private sealed class Line
    {
        public string? Words { get; set; }
    }

    [Fact]
    public void A_child_record_is_deleted_and_kept_until_the_childs_rule_unless_declared_otherwise()
    {
        var table = PersonalTable.Of<Note>(x => x.SubjectId, Whose.Child, "Note");
        Assert.Equal((typeof(Note), "SubjectId", Disposal.Delete, RetentionKind.ChildSafeguardingRecord), (table.Entity, table.PersonKey, table.Disposal, table.Retention));
        Assert.Equal(RetentionKind.AdultRecord, PersonalTable.Of<Note>(x => x.RelativeId, Whose.Adult, "Note").Retention);
    }

    [Fact]
    public void Each_part_of_a_declaration_names_the_columns_of_the_entity()
    {
        var table = PersonalTable.Of<Note>(x => x.SubjectId, Whose.Child, "Note")
            .Dated(x => x.WrittenOn)
            .Anonymised(x => x.Text, x => x.Reference)
            .AnonymisedWithin(x => x.Lines, l => l.Words)
            .Pseudonymising(x => x.Reference)
            .NamingOthers(x => x.RelativeId)
            .Withholding(x => x.Text);
        Assert.Equal(Disposal.Anonymise, table.Disposal);
        Assert.Equal("WrittenOn", table.DatedBy);
        Assert.Equal(["Text", "Reference"], table.FreeText);
        Assert.Equal(["Lines.Words"], table.DependentFreeText);
        Assert.Equal(["Reference"], table.Pseudonymised);
        Assert.Equal(["RelativeId"], table.OtherPeople);
        Assert.Equal(["Text"], table.Withheld);
    }

    [Fact]
    public void A_declaration_names_a_property_not_an_expression()
    {
        Assert.Throws<ArgumentException>(() => PersonalTable.Of<Note>(x => Guid.Empty, Whose.Child, "Note"));
    }
}
