using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Adolescents.Web;

namespace Safeguarding.Adolescents.Web.Pages.Adolescents;

/// <summary>Today's Daily Intelligence Briefing: the entries in priority order with their reasons, publishing it, and
/// agreeing a response per entry.</summary>
public sealed class BriefingModel : PartnershipPage
{
    public sealed record AgreedResponse(string Id, string Action, List<string> OwningAgencies, UkInstant DueAt, UkInstant? DoneAt, string? Outcome);
    public sealed record Previous(AgreedResponse Response, bool Done);
    public sealed record Entry(string? Id, int Rank, string SubjectId, List<string> Reasons, AgreedResponse? Response, Previous? PreviousResponse);
    public sealed record Briefing(DateOnly Date, UkInstant AsOf, bool Published, UkInstant? PublishedAt, List<Entry> Entries,
        int ResponsesDueFromPreviousDay, int ResponsesDoneFromPreviousDay);

    private const string Fields = """
        date asOf published publishedAt responsesDueFromPreviousDay responsesDoneFromPreviousDay
        entries { id rank subjectId reasons response { id action owningAgencies dueAt doneAt outcome }
                  previousResponse { done response { id action owningAgencies dueAt doneAt outcome } } }
        """;

    protected override WebArea Area => AdolescentsModule.Briefing;

    public Briefing? Today { get; private set; }

    [BindProperty] public string? EntryId { get; set; }
    [BindProperty] public string? Action { get; set; }
    [BindProperty] public string? OwningAgencies { get; set; }
    [BindProperty] public string? DueAt { get; set; }
    [BindProperty] public string? ResponseId { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPublishAsync()
    {
        var answer = await GraphQL.RunAsync("mutation Publish($date: DateOnly!) { publishDailyIntelligenceBriefing(date: $date) { date } }", new { date = TodayInUk() });
        if (ShowErrors(answer)) return await PageAsync();
        Notice = "Today's briefing is published. Agree a response for each young person.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAgreeAsync()
    {
        var due = WebTimes.FromUkInput(DueAt);
        if (due is null)
        {
            // The schema needs a time to check anything else: ask for it first.
            Problems["dueAt"] = "Enter the date and time the response is due.";
            return await PageAsync();
        }
        var agencies = (OwningAgencies ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var answer = await GraphQL.RunAsync(
            "mutation Agree($input: AgreeBriefingResponseInput!) { agreeBriefingResponse(input: $input) { id } }",
            new { input = new { entryId = EntryId ?? "", action = Action ?? "", owningAgencies = agencies, dueAt = due } });
        if (ShowErrors(answer)) return await PageAsync();
        Notice = "The response is agreed.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        var answer = await GraphQL.RunAsync(
            "mutation Done($id: ID!, $outcome: String) { completeBriefingResponse(responseId: $id, outcome: $outcome) { id } }",
            new { id = ResponseId ?? "", outcome = string.IsNullOrWhiteSpace(Outcome) ? null : Outcome });
        if (ShowErrors(answer, field => field == "outcome" ? "outcome" : null)) return await PageAsync();
        Notice = "The response is recorded as done.";
        return RedirectToPage();
    }

    private async Task<IActionResult> PageAsync()
    {
        await LoadAsync();
        return Page();
    }

    private DateOnly TodayInUk() => HttpContext.RequestServices.GetRequiredService<TimeProvider>().Today();

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync($"query Today($date: DateOnly!) {{ dailyIntelligenceBriefing(date: $date) {{ {Fields} }} }}", new { date = TodayInUk() });
        if (Problems.Count == 0 && PageProblem is null) ShowErrors(answer);
        Today = answer.Get<Briefing>("dailyIntelligenceBriefing");
    }
}
