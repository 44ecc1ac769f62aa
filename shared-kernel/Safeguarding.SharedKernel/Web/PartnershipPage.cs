using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// The base of every page: reads and writes through <see cref="PageGraphQL"/>, refuses to open an area the person
/// may not use (or whose module is off), and turns the server's coded errors into messages beside the inputs.
/// </summary>
public abstract class PartnershipPage : PageModel
{
    protected PageGraphQL GraphQL => HttpContext.RequestServices.GetRequiredService<PageGraphQL>();

    /// <summary>The area this page belongs to; null for pages everyone signed in may open.</summary>
    protected virtual WebArea? Area => null;

    /// <summary>A message for the whole page (an error that belongs to no single input).</summary>
    public string? PageProblem { get; set; }

    /// <summary>The server's message per input, by the input's name.</summary>
    public Dictionary<string, string> Problems { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the last action did, carried across the redirect after a form is sent.</summary>
    [TempData] public string? Notice { get; set; }

    public string? Invalid(string field) => Problems.ContainsKey(field) ? "true" : null;
    public string? DescribedBy(string field, string? hint = null) =>
        string.Join(" ", new[] { hint, Problems.ContainsKey(field) ? field + "-problem" : null }.Where(x => x is not null)) is { Length: > 0 } ids ? ids : null;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (Area is { } area && !await HttpContext.RequestServices.GetRequiredService<WebNavigation>().MayOpenAsync(area))
        {
            context.Result = Redirect("/?unavailable=" + Uri.EscapeDataString(area.Title));
            return;
        }
        await next();
    }

    /// <summary>Shows an answer's errors: each VALIDATION problem beside its input (named by <paramref name="inputFor"/>,
    /// from the server's field path), everything else at the top of the page. Returns whether there were any.</summary>
    protected bool ShowErrors(GraphQLAnswer answer, Func<string, string?>? inputFor = null)
    {
        if (answer.Ok) return false;
        var placed = false;
        foreach (var (field, message) in answer.FieldProblems)
        {
            var input = inputFor is null ? field : inputFor(field);
            if (input is null) continue;
            Problems[input] = Problems.TryGetValue(input, out var earlier) ? earlier + " " + message : message;
            placed = true;
        }
        if (!placed || answer.Errors.Any(e => e.Problems.Count == 0))
            PageProblem = string.Join(" ", answer.Errors.Where(e => !placed || e.Problems.Count == 0).Select(e => e.Message));
        return true;
    }
}

/// <summary><c>&lt;field-problem for="name" /&gt;</c>: the server's message for that input, if there is one, linked to the
/// input by its id (<c>name-problem</c>, for aria-describedby).</summary>
[HtmlTargetElement("field-problem", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldProblemTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;
    public string For { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (ViewContext.ViewData.Model is not PartnershipPage page || !page.Problems.TryGetValue(For, out var message))
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", For + "-problem");
        output.Attributes.SetAttribute("class", "field-problem");
        output.Content.SetHtmlContent($"<span class=\"visually-hidden\">Error: </span>{System.Net.WebUtility.HtmlEncode(message)}");
    }
}
