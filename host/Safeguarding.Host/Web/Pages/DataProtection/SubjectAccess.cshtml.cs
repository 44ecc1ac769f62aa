using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;

namespace Safeguarding.Host.Web.Pages.DataProtection;

/// <summary>
/// The data protection officer's subject access export as a readable document: the same JSON document
/// <c>subjectAccessExport</c> answers, printed as HTML, with the JSON to download. The person and the purpose are posted,
/// never put in the address. Each document produced, shown or downloaded, is audited by the export itself.
/// </summary>
public sealed class SubjectAccessModel : PartnershipPage
{
    private const string Export = "query Export($s: ID!, $p: String!) { subjectAccessExport(subjectId: $s, purpose: $p) }";

    protected override WebArea Area => HostWebAreas.SubjectAccess;

    [BindProperty] public string? SubjectId { get; set; }
    [BindProperty] public string? Purpose { get; set; }

    /// <summary>The export, once produced.</summary>
    public JsonObject? Document { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Document = await ExportAsync();
        return Page();
    }

    /// <summary>The same export as a JSON file to keep or send.</summary>
    public async Task<IActionResult> OnPostJsonAsync()
    {
        var document = await ExportAsync();
        if (document is null) return Page();
        return File(Encoding.UTF8.GetBytes(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })), "application/json",
            $"subject-access-{document["subjectId"]}.json");
    }

    private async Task<JsonObject?> ExportAsync()
    {
        var answer = await GraphQL.RunAsync(Export, new { s = SubjectId ?? "", p = Purpose ?? "" });
        if (ShowErrors(answer)) return null;
        return JsonNode.Parse(answer.Get<string>("subjectAccessExport")!)!.AsObject();
    }

    /// <summary>A value of the document as a reader sees it: text as it is, anything else as JSON.</summary>
    public static string Shown(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        _ => value.ToJsonString(),
    };
}
