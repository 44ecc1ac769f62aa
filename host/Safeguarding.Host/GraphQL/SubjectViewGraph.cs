namespace Safeguarding.Host.GraphQL;

/// <summary>One module's part of a child's picture: whether the caller is shown it, why not, and the basis on which it is shared.</summary>
public sealed record SubjectViewPart(string Module, bool Shown, string? Note, SharingBasisRecord? SharingBasis);

public sealed record SubjectView(SubjectId Subject, string Purpose, IReadOnlyList<SubjectViewPart> Parts);

public sealed class SharingBasisGraphType : EnumerationGraphType<SharingBasis> { public SharingBasisGraphType() => Name = "SharingBasis"; }

public sealed class SubjectViewPartGraphType : ObjectGraphType<SubjectViewPart>
{
    public SubjectViewPartGraphType()
    {
        Name = "SubjectViewPart";
        Field(x => x.Module).Description("The module whose part this is.");
        Field(x => x.Shown).Description("False when you may not see this module's part, or the module is switched off; its Subject fields are then null. " +
                                        "True outside the module's working group only on a recorded lawful basis that permits sharing.");
        Field(x => x.Note, nullable: true).Description("Why a part is not shown, in plain words.");
        Field<SharingBasisRecordGraphType>("sharingBasis").Description("The lawful basis the part is shared on; always present on a part shown to you outside " +
                                                                         "the module's working group. Null when no basis has been recorded, or the part is not shown to you.").Resolve(c => c.Source.SharingBasis);
    }
}

public sealed class SubjectViewGraphType : ObjectGraphType<SubjectView>
{
    public SubjectViewGraphType()
    {
        Name = "SubjectView";
        Description = "The whole picture of one child: each module's part that you are entitled to, and a note for each you are not.";
        Field<NonNullGraphType<SubjectGraphType>>("subject").Description("Select each module's field here; a part not shown is null.").Resolve(c => c.Source.Subject);
        Field(x => x.Purpose).Description("The purpose you gave for the view, as it was audited.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectViewPartGraphType>>>>("parts").Description("One entry a module: whether its part is shown to you and on what basis.").Resolve(c => c.Source.Parts);
        Field<NonNullGraphType<SubjectChronologyGraphType>>("chronology")
            .Description("The child's one chronology: every module's dated entries you are entitled to, oldest first, and the modules whose entries " +
                         "are withheld. Each module's part is audited with the view's purpose.")
            .ResolveAsync(async c => await c.Service<ChildChronology>().ReadAsync(
                await c.Service<ISubjectRegistry>().IdsOfPersonAsync(c.Source.Subject, c.CancellationToken), c.User!, c.Source.Purpose, c.CancellationToken));
        Field<ListGraphType<NonNullGraphType<HouseholdMemberGraphType>>>("household").WithComplexityImpact(1, 10)
            .Description("Who the child lives or lived with (people of the registry at the same address at the same time) and whom a working group " +
                         "recorded as related to them, those living with the child first. Null unless a working group of yours holds data on the child. " +
                         "Audited with the view's purpose.")
            .ResolveAsync(async c => await c.Service<Households>().OfChildAsync(c.Source.Subject, c.User!, c.Source.Purpose, c.CancellationToken));
    }
}

/// <summary>
/// The cross-cutting view of one child (<c>subjectView</c>, with the household), the information-sharing basis (<c>recordSharingBasis</c>)
/// and the relationships working groups record between people of the registry (<c>recordRelationship</c>, <c>endRelationship</c>).
/// A module takes part by adding fields to <c>Subject</c>; <see cref="ModuleGateMiddleware"/> withholds (null) and audits each
/// part's fields inside the view.
/// </summary>
internal static class SubjectViewGraph
{
    public const string ViewField = "subjectView";
    /// <summary>The subject and purpose when the field is resolved inside subjectView; null elsewhere.</summary>
    public static (string Subject, string Purpose)? ViewOf(IResolveFieldContext context)
    {
        var root = context;
        while (root.Parent is not null) root = root.Parent;
        if (root.FieldDefinition.Name != ViewField || context.Source is not SubjectId subject) return null;
        return (subject.ToString(), root.GetArgument<string>("purpose").Trim());
    }

    public static void Contribute(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<SubjectViewGraphType>(ViewField)
            .Description("The whole picture of one child across the modules, for a stated purpose. Each module's part is shown only if the module is on, " +
                         "you have a legitimate relationship with the child (an allocation, a manager's grant, your agency's open record, or sealed access), " +
                         "and you are in its working group or the group recorded a lawful basis that permits sharing (consent given, consent overridden, " +
                         "a statutory gateway), which the part then carries; otherwise it is null with a note. Every read of a part is audited with the " +
                         "purpose and what made it lawful. NOT_FOUND for a child no working group of yours holds and you have no relationship with. " +
                         "Practitioners only.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you need the child's picture; recorded with every part you read.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(SubjectViewAsync);

        mutation.Field<NonNullGraphType<PersonRelationshipGraphType>>("recordRelationship")
            .Argument<NonNullGraphType<RecordRelationshipInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .HandledBy(RecordRelationshipAsync);

        mutation.Field<NonNullGraphType<PersonRelationshipGraphType>>("endRelationship")
            .Argument<NonNullGraphType<IdGraphType>>("relationship")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("on")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.AnyPractitioner)
            .HandledBy(EndRelationshipAsync);

        mutation.Field<NonNullGraphType<SharingBasisRecordGraphType>>("recordSharingBasis")
            .Argument<NonNullGraphType<RecordSharingBasisInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .HandledBy(RecordSharingBasisAsync);
    }

    private static async Task<object?> SubjectViewAsync(IResolveFieldContext c)
    {
        var purpose = c.GetArgument<string>("purpose");
        var check = new InputCheck();
        var id = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The subject");
        check.RequirePurpose(purpose, "you need the child's picture").ThrowIfInvalid();
        var registry = c.Service<SubjectRegistry>();
        var subject = await registry.LookUpAsync(new SubjectId(id), c.User!, c.CancellationToken);
        var person = await registry.IdsOfPersonAsync(subject, c.CancellationToken);
        var decide = c.Service<ChildParts>();
        var parts = new List<SubjectViewPart>();
        // One part per module that adds fields to Subject, switched on or not, each decided as its fields will be.
        foreach (var fields in c.Service<SubjectGraphType>().Fields.Where(f => f.ModuleOf() is not null).GroupBy(f => f.ModuleOf()!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var group = c.Service<ModuleCatalog>().Find(fields.Key)?.WorkingGroup ?? fields.Key;
            var part = await decide.DecideAsync(person, fields.Key, fields.Any(f => f.AccessOf() is { } a && c.User!.Allows(a, group)), c.User!, c.CancellationToken);
            // A part withheld from the caller shows no basis either: that a basis exists says the module holds data on the child.
            parts.Add(new SubjectViewPart(fields.Key, part.Shown, part.Note, part.Basis));
        }
        return new SubjectView(subject, purpose.Trim(), parts);
    }

    /// <summary>Records that one person of the registry is a child's sibling, parent, carer, person causing harm or
    /// partner, in the name of your working group's module, which must hold a record on the child. Related records are
    /// two people: they are never merged. Audited. It grants no one the relative's identity.</summary>
    /// <arg name="input">The child, the related person, the kind of relationship, and since when.</arg>
    private static async Task<object?> RecordRelationshipAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<RecordRelationshipInput>("input");
        var check = new InputCheck();
        var subject = check.ParseId(input.SubjectId, "subjectId", "The child");
        var relative = check.ParseId(input.RelativeId, "relativeId", "The relative");
        check.RequireText(input.Module, "module", "The module", 100).ThrowIfInvalid();
        return await c.Service<Households>().RecordAsync(subject, relative, input.Kind, input.Since, input.Module!, c.User!, c.CancellationToken);
    }

    /// <summary>Records that a relationship ended (a partnership broke up, a carer stopped caring). It is kept, with who
    /// ended it and why. Practitioners whose working groups hold data on either person; audited.</summary>
    /// <arg name="relationship">The relationship that ended, by its id.</arg>
    /// <arg name="on">The UK day the relationship ended.</arg>
    /// <arg name="reason">Why it ended, in a few words; kept with the relationship.</arg>
    private static async Task<object?> EndRelationshipAsync(IResolveFieldContext c) =>
        await c.Service<Households>().EndAsync(InputCheck.Id(c.GetArgument<string>("relationship"), "relationship", "The relationship"),
            c.GetArgument<DateOnly>("on"), c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    /// <summary>Records the lawful basis on which a module's information about a child is shared outside its working
    /// group: consent given, refused or withdrawn, consent overridden (with the reason), or a statutory gateway (named);
    /// it may cite an agreement of the register (not one overdue for review). Only consent given, consent overridden and
    /// a statutory gateway let the part be shown outside the group. Members of that module's working group, for a child
    /// it holds; audited without the reason.</summary>
    /// <arg name="input">The child, the module whose information is shared, and the lawful basis.</arg>
    private static async Task<object?> RecordSharingBasisAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<RecordSharingBasisInput>("input");
        var check = new InputCheck();
        var id = check.ParseId(input.SubjectId, "subjectId", "The subject");
        var agreement = input.Agreement is null ? (Guid?)null : check.ParseId(input.Agreement, "agreement", "The agreement");
        check.RequireText(input.Module, "module", "The module", 100).OptionalText(input.Gateway, "gateway", "The gateway", 100).ThrowIfInvalid();
        return await c.Service<InformationSharing>().RecordBasisAsync(new SubjectId(id), input.Module!, input.Basis, input.Reason, input.Gateway, agreement,
            c.User!, c.CancellationToken);
    }
}
