using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Neglect.Web;

namespace Safeguarding.Neglect.Web.Pages.Neglect;

public sealed partial class AssessmentModel : PartnershipPage
{
    protected override WebArea Area => NeglectModule.Workspace;

    [BindProperty(SupportsGet = true)] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Purpose { get; set; } = ChildModel.PurposeRecording;
    [BindProperty] public Dictionary<string, string?> Grade { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [BindProperty] public Dictionary<string, string?> Flag { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [BindProperty] public Dictionary<string, string?> Note { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Assessment? Assessment { get; private set; }
    public Gcp2Template? Template { get; private set; }

    public static string InputId(string subAreaCode) => subAreaCode.Replace('.', '-');

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostSaveAsync()
    {
        if (!await SaveGradesAsync()) return await ReloadAsync();
        Notice = "The grades are saved.";
        return Redirect($"/neglect/assessment/{Id}?purpose={Uri.EscapeDataString(Purpose)}");
    }

    public async Task<IActionResult> OnPostCompleteAsync()
    {
        if (!await SaveGradesAsync()) return await ReloadAsync();
        var answer = await GraphQL.RunAsync("mutation Complete($id: ID!) { completeNeglectAssessment(assessmentId: $id) { id subjectId } }", new { id = Id });
        if (ShowErrors(answer, field => field)) return await ReloadAsync();
        Notice = "The assessment is completed.";
        var subjectId = answer.Get<Assessment>("completeNeglectAssessment")?.SubjectId;
        return Redirect($"/neglect/child/{subjectId}?purpose={Uri.EscapeDataString(Purpose)}");
    }

    private async Task<IActionResult> ReloadAsync()
    {
        await LoadAsync();
        return Page();
    }

    /// <summary>Sends the sub-areas given a grade; the server's problems (grades[i].grade...) go beside their inputs.</summary>
    private async Task<bool> SaveGradesAsync()
    {
        var graded = Grade.Where(g => !string.IsNullOrWhiteSpace(g.Value)).Select(g => g.Key).ToList();
        if (graded.Count == 0) return true;
        var grades = graded.Select(code => new
        {
            subAreaCode = code,
            grade = int.TryParse(Grade[code], out var n) ? n : 0,
            flag = Flag.TryGetValue(code, out var f) && f is "STRENGTH" or "CONCERN" ? f : "NONE",
            note = Note.TryGetValue(code, out var note) && !string.IsNullOrWhiteSpace(note) ? note : null,
        }).ToList();
        var answer = await GraphQL.RunAsync(
            "mutation Grade($input: RecordNeglectAssessmentInput!) { recordNeglectAssessment(input: $input) { id } }",
            new { input = new { assessmentId = Id, grades } });
        return !ShowErrors(answer, field =>
        {
            var match = GradeField().Match(field);
            if (!match.Success) return field;
            var code = InputId(graded[int.Parse(match.Groups[1].Value)]);
            return match.Groups[2].Value == "note" ? "note-" + code : "grade-" + code;
        });
    }

    [GeneratedRegex(@"^grades\[(\d+)\]\.(\w+)$")]
    private static partial Regex GradeField();

    private async Task LoadAsync()
    {
        var answer = await GraphQL.RunAsync($$"""
            query Assessment($id: ID!) {
              neglectAssessment(id: $id) { {{Assessment.Fields}} templateCode templateVersion
                areas { code label grade subAreasGraded subAreas } grades { areaCode subAreaCode label grade flag note } }
              gcp2Templates { code version label areas { code label subAreas { code label } } }
            }
            """, new { id = Id });
        if (Problems.Count == 0 && PageProblem is null) ShowErrors(answer);
        Assessment = answer.Get<Assessment>("neglectAssessment");
        var which = answer.Get<TemplateRef>("neglectAssessment");
        Template = (answer.Get<List<Gcp2Template>>("gcp2Templates") ?? []).FirstOrDefault(t => t.Code == which?.TemplateCode && t.Version == which.TemplateVersion);
    }

    private sealed record TemplateRef(string TemplateCode, int TemplateVersion);
}
