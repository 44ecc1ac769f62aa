using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Csa.Web;

namespace Safeguarding.Csa.Web.Pages.Csa;

/// <summary>The CSA workspace: record a sign or indicator of sexual abuse about a registered child.</summary>
public sealed class IndexModel : PartnershipPage
{
    public sealed record Category(string Code, string Label);
    private sealed record Recorded(bool FlaggedNow);

    protected override WebArea Area => CsaModule.Workspace;

    public List<Category> Categories { get; private set; } = [];

    /// <summary>Also from the address, when "Find a child" brings the chosen child back.</summary>
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty] public string? CategoryCode { get; set; }
    [BindProperty] public DateOnly? ObservedOn { get; set; }
    [BindProperty] public string? SourceAgency { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool SeenAndSpokenToAlone { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ObservedOn is null)
        {
            // The schema needs a day to check anything else: ask for it first.
            Problems["observedOn"] = "Enter the day it was observed.";
            await LoadAsync();
            return Page();
        }
        var answer = await GraphQL.RunAsync(
            "mutation Record($input: RecordCsaIndicatorInput!) { recordCsaIndicator(input: $input) { flaggedNow } }",
            new
            {
                input = new
                {
                    subjectId = SubjectId?.Trim() ?? "", categoryCode = CategoryCode ?? "", observedOn = ObservedOn,
                    sourceAgency = string.IsNullOrWhiteSpace(SourceAgency) ? null : SourceAgency, description = Description ?? "", seenAndSpokenToAlone = SeenAndSpokenToAlone,
                },
            });
        if (ShowErrors(answer))
        {
            await LoadAsync();
            return Page();
        }
        Notice = answer.Get<Recorded>("recordCsaIndicator")!.FlaggedNow
            ? "The indicator is recorded. The child is now flagged for a multi-agency discussion."
            : "The indicator is recorded.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync("{ csaIndicatorCategories { code label } }");
        Categories = answer.Get<List<Category>>("csaIndicatorCategories") ?? [];
    }
}
