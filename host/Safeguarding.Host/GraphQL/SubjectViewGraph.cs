using Safeguarding.Host.Platform;
using Safeguarding.Host.Platform.Registry;
using Safeguarding.Host.Platform.Relationships;
using Safeguarding.SharedKernel.Features;

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
        Field(x => x.Module);
        Field(x => x.Shown).Description("False when you may not see this module's part, or the module is switched off; its Subject fields are then null.");
        Field(x => x.Note, nullable: true).Description("Why a part is not shown, in plain words.");
        Field<SharingBasisRecordGraphType>("sharingBasis").Description("Null when no basis has been recorded, or the part is not shown to you.").Resolve(c => c.Source.SharingBasis);
    }
}

public sealed class SubjectViewGraphType : ObjectGraphType<SubjectView>
{
    public SubjectViewGraphType()
    {
        Name = "SubjectView";
        Description = "The whole picture of one child: each module's part that you are entitled to, and a note for each you are not.";
        Field<NonNullGraphType<SubjectGraphType>>("subject").Description("Select each module's field here; a part not shown is null.").Resolve(c => c.Source.Subject);
        Field(x => x.Purpose);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectViewPartGraphType>>>>("parts").Resolve(c => c.Source.Parts);
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
    public const int MinPurposeLength = 5;

    public static string SwitchedOffNote(string module) => $"The {module} module is switched off.";
    public static string NotInGroupNote(string group) => $"Not shown: you are not in the {group} working group.";

    /// <summary>
    /// Why a part of a working group the reader is in is not shown: the same for every part and every child, so it says
    /// nothing of what any module holds.
    /// </summary>
    public const string NoRelationshipNote = "Not shown: you have no relationship with this child that opens their record (an allocation, a manager's grant, " +
                                             "your agency's open record, or sealed access).";

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
            .Description("The whole picture of one child across the modules, for a stated purpose. Each module's part is shown only if you are in its " +
                         "working group, the module is on and you have a legitimate relationship with the child (an allocation, a manager's grant, your " +
                         "agency's open record, or sealed access); otherwise it is null with a note. Every read of a part is audited. Practitioners only.")
            .Argument<NonNullGraphType<IdGraphType>>("subjectId")
            .Argument<NonNullGraphType<StringGraphType>>("purpose", "Why you need the child's picture; recorded with every part you read.")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(SubjectViewAsync);

        mutation.Field<NonNullGraphType<PersonRelationshipGraphType>>("recordRelationship")
            .Description("Records that one person of the registry is a child's sibling, parent, carer, person causing harm or partner, in the name of " +
                         "your working group's module, which must hold a record on the child. Related records are two people: they are never merged. " +
                         "Audited. It grants no one the relative's identity.")
            .Argument<NonNullGraphType<RecordRelationshipInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(RecordRelationshipAsync);

        mutation.Field<NonNullGraphType<PersonRelationshipGraphType>>("endRelationship")
            .Description("Records that a relationship ended (a partnership broke up, a carer stopped caring). It is kept, with who ended it and why. " +
                         "Practitioners whose working groups hold data on either person; audited.")
            .Argument<NonNullGraphType<IdGraphType>>("relationship")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("on")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(EndRelationshipAsync);

        mutation.Field<NonNullGraphType<SharingBasisRecordGraphType>>("recordSharingBasis")
            .Description("Records on what basis a module's information about a child is shared: consent given, refused, or overridden (with the reason). " +
                         "Members of that module's working group; audited.")
            .Argument<NonNullGraphType<RecordSharingBasisInputType>>("input")
            .Allow(Access.AnyPractitioner)
            .ResolveAsync(RecordSharingBasisAsync);
    }

    private static async Task<object?> SubjectViewAsync(IResolveFieldContext c)
    {
        var purpose = c.GetArgument<string>("purpose");
        var check = new InputCheck();
        var id = check.ParseId(c.GetArgument<string>("subjectId"), "subjectId", "The subject");
        check.Require(!string.IsNullOrWhiteSpace(purpose) && purpose.Trim().Length >= MinPurposeLength, "purpose",
                $"State why you need the child's picture (at least {MinPurposeLength} characters).")
            .OptionalText(purpose, "purpose", "The purpose", 1000)
            .ThrowIfInvalid();
        var subject = new SubjectId(id);
        var registry = c.Service<ISubjectRegistry>();
        if (!await registry.ExistsAsync(subject, c.CancellationToken)) throw DomainException.NotFound("subject", id);
        var person = (await registry.IdsOfPersonAsync(subject, c.CancellationToken)).Select(p => p.Value).ToList();
        var relationship = await c.Service<ChildRelationships>().CurrentAsync(person, c.User!, c.CancellationToken);
        var bases = await c.Service<InformationSharing>().BasesAsync(subject, c.CancellationToken);
        var catalog = c.Service<ModuleCatalog>();
        var switches = c.Service<IModuleSwitch>();
        var parts = new List<SubjectViewPart>();
        // One part per module that adds fields to Subject, switched on or not.
        foreach (var fields in c.Service<SubjectGraphType>().Fields.Where(f => f.ModuleOf() is not null).GroupBy(f => f.ModuleOf()!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var module = catalog.Find(fields.Key);
            var group = module?.WorkingGroup ?? fields.Key;
            string? note = null;
            if (!await switches.IsEnabledAsync(module?.FeatureFlag ?? fields.Key, c.CancellationToken)) note = SwitchedOffNote(fields.Key);
            else if (!fields.Any(f => f.AccessOf() is { } a && c.User!.Allows(a, group))) note = NotInGroupNote(group);
            else if (relationship is null) note = NoRelationshipNote;
            // A part withheld from the caller shows no basis either: that a basis exists says the module holds data on the child.
            parts.Add(new SubjectViewPart(fields.Key, note is null, note, note is null ? bases.GetValueOrDefault(fields.Key) : null));
        }
        return new SubjectView(subject, purpose.Trim(), parts);
    }

    private static async Task<object?> RecordRelationshipAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<RecordRelationshipInput>("input");
        var check = new InputCheck();
        var subject = check.ParseId(input.SubjectId, "subjectId", "The child");
        var relative = check.ParseId(input.RelativeId, "relativeId", "The relative");
        check.RequireText(input.Module, "module", "The module", 100).ThrowIfInvalid();
        return await c.Service<Households>().RecordAsync(subject, relative, input.Kind, input.Since, input.Module!, c.User!, c.CancellationToken);
    }

    private static async Task<object?> EndRelationshipAsync(IResolveFieldContext c) =>
        await c.Service<Households>().EndAsync(InputCheck.Id(c.GetArgument<string>("relationship"), "relationship", "The relationship"),
            c.GetArgument<DateOnly>("on"), c.GetArgument<string>("reason"), c.User!, c.CancellationToken);

    private static async Task<object?> RecordSharingBasisAsync(IResolveFieldContext c)
    {
        var input = c.GetArgument<RecordSharingBasisInput>("input");
        var check = new InputCheck();
        var id = check.ParseId(input.SubjectId, "subjectId", "The subject");
        check.RequireText(input.Module, "module", "The module", 100).ThrowIfInvalid();
        return await c.Service<InformationSharing>().RecordBasisAsync(new SubjectId(id), input.Module!, input.Basis, input.Reason, c.User!, c.CancellationToken);
    }
}
