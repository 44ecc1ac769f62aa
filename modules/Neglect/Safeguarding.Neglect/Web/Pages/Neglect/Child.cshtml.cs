using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Neglect.Web;

namespace Safeguarding.Neglect.Web.Pages.Neglect;

public sealed class ChildModel : PartnershipPage
{
    public const string PurposeRecording = "Recording a Graded Care Profile 2 assessment";
    public static readonly IReadOnlyList<string> Purposes =
        [PurposeRecording, "Reviewing the child's care and family plan", "Preparing for a meeting about the child"];

    public sealed record ChildIdentity(string Name, DateOnly DateOfBirth, string? NhsNumber);
    public sealed record AreaChange(string Label, int FromGrade, int ToGrade, string Direction);
    public sealed record Change(DateOnly FromObservedOn, DateOnly ToObservedOn, List<AreaChange> Areas);
    public sealed record PlanAction(string AreaCode, string Action, string Owner, DateOnly ReviewOn);
    private sealed record Subject(string Id, ChildIdentity? Identity, List<Assessment>? Neglect, AdolescentsPart? Adolescents, DomesticAbusePart? DomesticAbuse, CsaPart? Csa);
    public sealed record ChronologyEntry(UkInstant At, string Module, string What, string? Agency, string? RecordedBy)
    {
        /// <summary>A day recorded without a time (UK midnight) is shown as the day.</summary>
        public string When => UkTime.ToUk(At.Instant).TimeOfDay == TimeSpan.Zero ? At.Date.ToString("d MMM yyyy") : At.ToString();
    }
    public sealed record WithheldChronology(string Module, string Note);
    private sealed record Chronology(List<ChronologyEntry> Entries, List<WithheldChronology> Withheld);
    public sealed record Relationship(string Kind, string SubjectId, string RelativeId, DateOnly? Since, DateOnly? Until, string RecordedInModule);
    public sealed record HouseholdMember(string SubjectId, bool LivesWithChild, bool LivedWithChild, DateOnly? LivedTogetherFrom, DateOnly? LivedTogetherUntil,
        string? Name, DateOnly? DateOfBirth, List<string> HeldByYourGroups, bool HeldElsewhere, List<Relationship> Relationships)
    {
        /// <summary>How the person stands to the child, in words, from the relationships recorded either way round.</summary>
        public string Relation => Relationships.Count == 0 ? "Lives at the same address"
            : string.Join("; ", Relationships.Select(r => (r.RelativeId == SubjectId ? "The child's " : "The child is their ") + SubjectParts.Words(r.Kind).ToLowerInvariant()
                + (r.Until is { } until ? $" (until {until:d MMM yyyy})" : "")));

        public string Together => LivesWithChild ? (LivedTogetherFrom is { } from ? $"Yes, since {from:d MMM yyyy}" : "Yes")
            : LivedWithChild ? (LivedTogetherUntil is { } until ? $"Until {until:d MMM yyyy}" : "In the past") : "No";
    }
    private sealed record View(string Purpose, List<Part> Parts, Subject Subject, Chronology? Chronology, List<HouseholdMember>? Household);
    private sealed record ChangeOverTime(List<Change> Changes, List<PlanAction> FamilyPlan);
    private sealed record Template(int Version);
    private sealed record IdOnly(string Id);

    /// <summary>Opened from the Neglect workspace (/neglect/child/...) rather than the route every practitioner may use (/child/...).</summary>
    public bool InNeglect => HttpContext.Request.Path.StartsWithSegments("/neglect");
    public bool NeglectShown => InNeglect || Parts.Any(p => p.Module == "Neglect" && p.Shown);

    protected override WebArea? Area => InNeglect ? NeglectModule.Workspace : null;

    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Purpose { get; set; }
    [BindProperty] public string? ObservedOn { get; set; }

    public bool Found { get; private set; }
    public ChildIdentity? Identity { get; private set; }
    /// <summary>Each module's part of the child's picture: shown, or withheld with the server's plain note.</summary>
    public List<Part> Parts { get; private set; } = [];
    public AdolescentsPart? Adolescents { get; private set; }
    public DomesticAbusePart? DomesticAbuse { get; private set; }
    public CsaPart? Csa { get; private set; }
    public List<Assessment> Assessments { get; private set; } = [];
    public List<Change> Changes { get; private set; } = [];
    public List<PlanAction> FamilyPlan { get; private set; } = [];
    /// <summary>The child's one chronology across the modules, oldest first, and the modules whose entries are withheld.</summary>
    public List<ChronologyEntry> ChronologyEntries { get; private set; } = [];
    public List<WithheldChronology> ChronologyWithheld { get; private set; } = [];
    /// <summary>Who the child lives with and is related to; null when no working group of the reader's holds data on the child.</summary>
    public List<HouseholdMember>? Household { get; private set; }
    public string ShortId => SubjectId is { Length: >= 8 } id ? id[..8] : SubjectId ?? "";

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostStartAsync()
    {
        if (string.IsNullOrWhiteSpace(ObservedOn))
        {
            Problems["observedOn"] = "Enter the day you saw the child's care.";
            await LoadAsync();
            return Page();
        }
        var templates = await GraphQL.RunAsync("{ gcp2Templates { version } }");
        var version = (templates.Get<List<Template>>("gcp2Templates") ?? []).Select(t => t.Version).DefaultIfEmpty(1).Max();
        var answer = await GraphQL.RunAsync(
            "mutation Start($input: StartNeglectAssessmentInput!) { startNeglectAssessment(input: $input) { id } }",
            new { input = new { subjectId = SubjectId, templateVersion = version, observedOn = ObservedOn } });
        if (ShowErrors(answer))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/neglect/assessment/{answer.Get<IdOnly>("startNeglectAssessment")!.Id}?purpose={Uri.EscapeDataString(Purpose ?? PurposeRecording)}");
    }

    private async Task LoadAsync()
    {
        if (string.IsNullOrWhiteSpace(SubjectId))
        {
            PageProblem = "Enter the child's reference number.";
            return;
        }
        SubjectId = SubjectId.Trim();
        if (string.IsNullOrWhiteSpace(Purpose))
        {
            Purpose = null;
            return;
        }
        var answer = await GraphQL.RunAsync($$"""
            query Child($id: ID!, $purpose: String!) {
              subjectView(subjectId: $id, purpose: $purpose) {
                purpose parts { module shown note sharingBasis { basis reason recordedBy recordedAt } }
                chronology { entries { at module what agency recordedBy } withheld { module note } }
                household { subjectId livesWithChild livedWithChild livedTogetherFrom livedTogetherUntil name dateOfBirth heldByYourGroups heldElsewhere
                  relationships { kind subjectId relativeId since until recordedInModule } }
                subject { id identity(purpose: $purpose) { name dateOfBirth nhsNumber }
                  neglect { {{Assessment.Fields}} areas { code label grade subAreasGraded subAreas } }
                  {{SubjectParts.Fields}} } }
              neglectChangeOverTime(subjectId: $id) { changes { fromObservedOn toObservedOn areas { label fromGrade toGrade direction } } familyPlan { areaCode action owner reviewOn } }
            }
            """, new { id = SubjectId, purpose = Purpose });
        if (Problems.Count == 0) ShowErrors(answer);
        var view = answer.Get<View>("subjectView");
        var subject = view?.Subject;
        Found = subject is not null;
        Identity = subject?.Identity;
        Parts = view?.Parts ?? [];
        Assessments = subject?.Neglect ?? [];
        Adolescents = subject?.Adolescents;
        DomesticAbuse = subject?.DomesticAbuse;
        Csa = subject?.Csa;
        ChronologyEntries = view?.Chronology?.Entries ?? [];
        ChronologyWithheld = view?.Chronology?.Withheld ?? [];
        Household = view?.Household;
        var change = answer.Get<ChangeOverTime>("neglectChangeOverTime");
        Changes = change?.Changes ?? [];
        FamilyPlan = change?.FamilyPlan ?? [];
    }
}
