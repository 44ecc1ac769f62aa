using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Neglect.Web;

namespace Safeguarding.Neglect.Web.Pages.Neglect;

public sealed class IndexModel : PartnershipPage
{
    public static readonly IReadOnlyList<(string Value, string Text)> Stages =
        [("DRAFT", "Draft"), ("COMPLETED", "Completed"), ("SHARED_WITH_FAMILY", "Shared with the family")];

    protected override WebArea Area => NeglectModule.Workspace;

    /// <summary>The assessments the page lists at once; narrow the search to find older ones.</summary>
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agency { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? ObservedFrom { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? ObservedTo { get; set; }
    /// <summary>The child to open, when "Find a child" brings one back.</summary>
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DateOfBirth { get; set; }
    [BindProperty] public string? NhsNumber { get; set; }

    /// <summary>The first page of the assessments that match, most recently seen first.</summary>
    public List<Assessment> Assessments { get; private set; } = [];

    /// <summary>How many assessments match in all.</summary>
    public int AssessmentsHeld { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostRecordChildAsync()
    {
        if (string.IsNullOrWhiteSpace(DateOfBirth))
        {
            // The schema needs a date to check anything else: ask for it first.
            Problems["dateOfBirth"] = "Enter the child's date of birth.";
            await LoadAsync();
            return Page();
        }
        var answer = await GraphQL.RunAsync(
            "mutation Record($input: RegisterSubjectInput!) { registerSubject(input: $input) { id } }",
            new { input = new { module = "Neglect", name = Name ?? "", dateOfBirth = DateOfBirth, nhsNumber = string.IsNullOrWhiteSpace(NhsNumber) ? null : NhsNumber } });
        if (ShowErrors(answer))
        {
            await LoadAsync();
            return Page();
        }
        var id = answer.Get<IdOnly>("registerSubject")!.Id;
        Notice = "The child is recorded. You can now start an assessment.";
        return Redirect($"/neglect/child/{id}?purpose={Uri.EscapeDataString(ChildModel.PurposeRecording)}");
    }

    private sealed record IdOnly(string Id);

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync(
            $"query List($status: AssessmentStatus, $agency: String, $from: DateOnly, $to: DateOnly) {{ neglectAssessmentList(status: $status, agency: $agency, observedFrom: $from, observedTo: $to, first: {PageSize}) {{ totalCount nodes {{ {Assessment.Fields} }} }} }}",
            new { status = Stages.Any(s => s.Value == Status) ? Status : null, agency = string.IsNullOrWhiteSpace(Agency) ? null : Agency, from = ObservedFrom, to = ObservedTo });
        if (Problems.Count == 0) ShowErrors(answer);
        var page = ListPage<Assessment>.Of(answer, "neglectAssessmentList");
        Assessments = page.Nodes;
        AssessmentsHeld = page.TotalCount;
    }
}
