using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages;

/// <summary>
/// Finding a child through <c>findSubjects</c>. The search is posted, never put in the address: what is searched for
/// identifies a child and addresses end up in logs and browser history. Opened from a form that needs a child
/// (<see cref="FindChildLinkTagHelper"/>), each child found can be taken back to that form.
/// </summary>
public sealed class FindAChildModel(ModuleCatalog catalog) : PartnershipPage
{
    public sealed record Found(string Id, double Score, List<string> Reasons, List<string> Modules, string? Name, DateOnly? DateOfBirth);

    protected override WebArea Area => HostWebAreas.FindAChild;

    [BindProperty] public string? NhsNumber { get; set; }
    [BindProperty] public string? UniquePupilNumber { get; set; }
    [BindProperty] public string? GivenNames { get; set; }
    [BindProperty] public string? FamilyName { get; set; }
    [BindProperty] public DateOnly? DateOfBirth { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    /// <summary>The page of the form that asked for a child, to take the chosen child back to.</summary>
    [BindProperty(SupportsGet = true, Name = FindChildLinkTagHelper.ReturnParameter)] public string? For { get; set; }

    /// <summary>
    /// <see cref="For"/> when it is one of the partnership's own pages (a module's area); otherwise null, so that the
    /// page never sends anyone, with a child's reference, to an address given from outside.
    /// </summary>
    public string? ReturnTo => For is { } path && catalog.Modules.SelectMany(m => m.WebAreas).Any(a => string.Equals(a.Path, path, StringComparison.OrdinalIgnoreCase)) ? path : null;

    /// <summary>The form's address with the child's reference filled in.</summary>
    public string ReturnWith(string subjectId) => $"{ReturnTo}?subjectId={Uri.EscapeDataString(subjectId)}";

    /// <summary>Null until a search has been made.</summary>
    public List<Found>? Results { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var answer = await GraphQL.RunAsync("""
            query Find($nhs: String, $upn: String, $given: String, $family: String, $dob: DateOnly, $purpose: String!) {
              findSubjects(nhsNumber: $nhs, uniquePupilNumber: $upn, givenNames: $given, familyName: $family, dateOfBirth: $dob, purpose: $purpose) {
                id score reasons modules name dateOfBirth } }
            """,
            new { nhs = Given(NhsNumber), upn = Given(UniquePupilNumber), given = Given(GivenNames), family = Given(FamilyName), dob = DateOfBirth, purpose = Purpose ?? "" });
        if (ShowErrors(answer)) return Page();
        Results = answer.Get<List<Found>>("findSubjects") ?? [];
        return Page();
    }

    private static string? Given(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
