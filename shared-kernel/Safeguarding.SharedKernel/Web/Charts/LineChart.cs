using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Safeguarding.SharedKernel.Web.Charts;

/// <summary>
/// One point of a series. A null value is drawn as a break in the line, never as zero, with <paramref name="Missing"/> in
/// its place ("no data", or "not yet" for a quarter still to come). A <paramref name="Provisional"/> value (a quarter
/// under way) is drawn as an open circle that no line joins: the trend runs only through figures that are final.
/// </summary>
public sealed record ChartPoint(string Label, decimal? Value, string Missing = "no data", bool Provisional = false);

/// <summary>
/// A trend line as inline SVG, drawn on the server: no script, nothing fetched, readable by a screen reader (title,
/// description and a table beside it). Missing values break the line. Used for every measure over quarters.
/// </summary>
public static class LineChart
{
    private const int Width = 640, Height = 260, Left = 48, Right = 32, Top = 16, Bottom = 48;

    public static IHtmlContent Render(string id, string title, string unit, IReadOnlyList<ChartPoint> points, decimal? max = null)
    {
        var e = (string s) => WebUtility.HtmlEncode(s);
        var inv = CultureInfo.InvariantCulture;
        var top = max ?? Math.Max(1, points.Where(p => p.Value is not null).Select(p => p.Value!.Value).DefaultIfEmpty(1).Max() * 1.1m);
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (points.Count <= 1 ? plotW / 2.0 : i * (double)plotW / (points.Count - 1));
        double Y(decimal v) => Top + plotH - (double)(v / top) * plotH;

        var gaps = points.Count(p => p.Value is null);
        var provisional = points.Count(p => p.Value is not null && p.Provisional);
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg class=\"chart\" id=\"{e(id)}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{e(id)}-title {e(id)}-desc\">");
        svg.Append($"<title id=\"{e(id)}-title\">{e(title)}</title>");
        svg.Append($"<desc id=\"{e(id)}-desc\">{points.Count} points{(gaps > 0 ? $", {gaps} without a figure (no data, not yet, or withheld as a small number; shown as a break in the line)" : "")}"
                   + $"{(provisional > 0 ? $", {provisional} so far (an open circle, not joined to the line)" : "")}. The same figures are in the table below.</desc>");
        for (var t = 0; t <= 4; t++)
        {
            var v = top * t / 4;
            svg.Append(inv, $"<line class=\"chart__grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(v):0.#}\" y2=\"{Y(v):0.#}\"/>");
            svg.Append(inv, $"<text class=\"chart__axis\" x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\">{v:0.#}{e(unit)}</text>");
        }
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 8.0));
        for (var i = 0; i < points.Count; i++)
            if (i % every == 0 || i == points.Count - 1)
                svg.Append(inv, $"<text class=\"chart__axis\" x=\"{X(i):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{e(points[i].Label)}</text>");
        // One path segment per run of points with values: a gap ends a segment.
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].Value is not { } v || points[i].Provisional) { pen = false; continue; }
            path.Append(inv, $"{(pen ? "L" : "M")}{X(i):0.#} {Y(v):0.#} ");
            pen = true;
        }
        if (path.Length > 0) svg.Append($"<path class=\"chart__line\" d=\"{path.ToString().Trim()}\"/>");
        for (var i = 0; i < points.Count; i++)
            if (points[i].Value is { } v)
                svg.Append(inv, $"<circle class=\"chart__point{(points[i].Provisional ? " chart__point--so-far" : "")}\" cx=\"{X(i):0.#}\" cy=\"{Y(v):0.#}\" r=\"4\"><title>{e(points[i].Label)}: {v:0.#}{e(unit)}{(points[i].Provisional ? " so far" : "")}</title></circle>");
            else
                svg.Append(inv, $"<text class=\"chart__gap\" x=\"{X(i):0.#}\" y=\"{Top + plotH - 4}\" text-anchor=\"middle\">{e(points[i].Missing)}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
