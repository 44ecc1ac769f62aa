using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages;

/// <summary>
/// The review queue of possible duplicates through <c>possibleDuplicates</c>, <c>confirmSameChild</c> and
/// <c>keepChildrenApart</c>, as the signed-in practitioner: the questions their working groups may decide, oldest first,
/// a page at a time, each with the matcher's reasons and the modules holding data on either record. Who each child is
/// is read on the child's own page, with a purpose.
/// </summary>
public sealed class PossibleDuplicatesModel : PartnershipPage
{
    public const int PageSize = 25;

    public sealed record Side(string Id);
    public sealed record Question(string Id, Side Subject, Side Candidate, double Score, List<string> Reasons, List<string> SubjectModules, List<string> CandidateModules);
    public sealed record Info(bool HasNextPage, string? EndCursor);
    public sealed record Queue(int TotalCount, Info PageInfo, List<Question> Nodes);

    protected override WebArea Area => HostWebAreas.PossibleDuplicates;

    /// <summary>Where the page starts: the cursor of the last question of the page before (opaque, naming no one).</summary>
    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    [BindProperty] public string? Review { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Queue? Questions { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync() => DecideAsync("mutation Confirm($r: ID!, $why: String!) { confirmSameChild(review: $r, reason: $why) { id } }",
        "The two records are now one child. Either reference opens the child's whole record.");

    public Task<IActionResult> OnPostKeepApartAsync() => DecideAsync("mutation KeepApart($r: ID!, $why: String!) { keepChildrenApart(review: $r, reason: $why) { id } }",
        "The records are kept apart: they will not be offered as one child again.");

    private async Task<IActionResult> DecideAsync(string mutation, string done)
    {
        var answer = await GraphQL.RunAsync(mutation, new { r = Review ?? "", why = Reason ?? "" });
        if (ShowErrors(answer, field => field == "reason" ? $"reason-{Review}" : null))
        {
            await LoadAsync();
            return Page();
        }
        Notice = done;
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync("""
            query Queue($first: Int!, $after: String) { possibleDuplicates(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes { id subject { id } candidate { id } score reasons subjectModules candidateModules } } }
            """, new { first = PageSize, after = string.IsNullOrWhiteSpace(After) ? null : After });
        if (!ShowErrors(answer)) Questions = answer.Get<Queue>("possibleDuplicates");
    }
}
