using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.SharedKernel.GraphQL;

public static class ResolveContextExtensions
{
    /// <summary>A service from the request's scope (a module's DbContext, the clock, the subject registry...).</summary>
    public static T Service<T>(this IResolveFieldContext context) where T : notnull =>
        context.RequestServices!.GetRequiredService<T>();

    /// <summary>Parses an id given as text; records a problem instead of throwing so all problems are reported together.</summary>
    public static Guid ParseId(this InputCheck check, string? value, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) { check.Require(false, field, $"{label} is required."); return Guid.Empty; }
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty) { check.Require(false, field, $"{label} \"{Shorten(value)}\" is not a valid id."); return Guid.Empty; }
        return id;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
