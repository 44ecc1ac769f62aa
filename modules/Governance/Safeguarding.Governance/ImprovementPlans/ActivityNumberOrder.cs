namespace Safeguarding.Governance.ImprovementPlans;

/// <summary>Activity numbers in the plan's own order: "1.2" before "1.10", part by part, numbers as numbers.</summary>
internal sealed class ActivityNumberOrder : IComparer<string>
{
    public static readonly ActivityNumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n)
                ? m.CompareTo(n)
                : string.Compare(a[i], b[i], StringComparison.OrdinalIgnoreCase);
            if (order != 0) return order;
        }
        return a.Length.CompareTo(b.Length);
    }
}
