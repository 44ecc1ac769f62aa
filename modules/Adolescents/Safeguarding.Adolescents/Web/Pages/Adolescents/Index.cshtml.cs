using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Adolescents.Web;

namespace Safeguarding.Adolescents.Web.Pages.Adolescents;

/// <summary>The Adolescents workspace: record that a young person went missing (and, if known, returned).</summary>
public sealed class IndexModel : PartnershipPage
{
    protected override WebArea Area => AdolescentsModule.Workspace;

    /// <summary>Also from the address, when "Find a child" brings the chosen child back.</summary>
    [BindProperty(SupportsGet = true)] public string? SubjectId { get; set; }
    [BindProperty] public string? ReportingAgency { get; set; }
    [BindProperty] public string? WentMissingAt { get; set; }
    [BindProperty] public string? ReturnedAt { get; set; }
    [BindProperty] public string? WhereFound { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (WebTimes.FromUkInput(WentMissingAt) is not { } missing)
        {
            // The schema needs a time to check anything else: ask for it first.
            Problems["wentMissingAt"] = "Enter the date and time the young person went missing.";
            return Page();
        }
        var answer = await GraphQL.RunAsync(
            "mutation Missing($input: RecordMissingEpisodeInput!) { recordMissingEpisode(input: $input) { id } }",
            new
            {
                input = new
                {
                    subjectId = SubjectId?.Trim() ?? "", reportingAgency = string.IsNullOrWhiteSpace(ReportingAgency) ? null : ReportingAgency,
                    wentMissingAt = missing, returnedAt = WebTimes.FromUkInput(ReturnedAt), whereFound = string.IsNullOrWhiteSpace(WhereFound) ? null : WhereFound,
                },
            });
        if (ShowErrors(answer)) return Page();
        Notice = "The missing episode is recorded.";
        return RedirectToPage();
    }
}
