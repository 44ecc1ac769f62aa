using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Safeguarding.SharedKernel.Web;

/// <summary>
/// <c>&lt;find-child-link /&gt;</c>, beside a form's field for a child's reference: a link to the host's "Find a child"
/// page that comes back to this page with the chosen child's reference filled in (<c>?subjectId=…</c>), so that a
/// practitioner finds the child by NHS number, Unique Pupil Number or name instead of pasting a reference.
/// </summary>
[HtmlTargetElement("find-child-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FindChildLinkTagHelper : TagHelper
{
    /// <summary>Where the host serves "Find a child".</summary>
    public const string FindAChildPath = "/find-a-child";

    /// <summary>The query parameter naming the page to come back to.</summary>
    public const string ReturnParameter = "for";

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Who the form is about, in the page's words ("the child", "the young person").</summary>
    public string Who { get; set; } = "the child";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var back = ViewContext.HttpContext.Request.Path.Value ?? "/";
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "hint");
        output.Content.SetHtmlContent(
            $"<a href=\"{FindAChildPath}?{ReturnParameter}={Uri.EscapeDataString(back)}\">Find {System.Net.WebUtility.HtmlEncode(Who)} by NHS number, Unique Pupil Number, or name and date of birth</a>");
    }
}
