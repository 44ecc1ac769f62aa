namespace Safeguarding.Csa.Workstream;

/// <summary>Awareness work on child sexual abuse led by young people (peer-to-peer delivery, quality assurance of education).</summary>
public sealed class AwarenessActivity
{
    private AwarenessActivity() { }

    public Guid Id { get; private set; }
    /// <summary>The financial year.</summary>
    public string Year { get; private set; } = "";
    /// <summary>The activity's title.</summary>
    public string Title { get; private set; } = "";
    /// <summary>The partners who took part, as recorded.</summary>
    public string Partners { get; private set; } = "";
    /// <summary>What was done.</summary>
    public string Summary { get; private set; } = "";
    /// <summary>How many young people it reached, when known; never estimated.</summary>
    public int? YoungPeopleReached { get; private set; }

    /// <summary>The work as reported: a financial year (stored as 2024-25), a title, who it was with, a summary, and how many it reached if counted.</summary>
    public static AwarenessActivity Record(string? year, string? title, string? partners, string? summary, int? youngPeopleReached)
    {
        year = FinancialYearLabel.Stored(year);
        FinancialYearLabel.Check(new InputCheck(), year)
            .RequireText(title, "title", "The title", 200)
            .RequireText(partners, "partners", "Who it was with", 500)
            .RequireText(summary, "summary", "The summary", 2000)
            .Require(youngPeopleReached is null or >= 0 and <= 1_000_000, "youngPeopleReached", "The number reached cannot be negative.")
            .ThrowIfInvalid();
        return new AwarenessActivity
        {
            Id = Guid.NewGuid(), Year = year!, Title = title!.Trim(), Partners = partners!.Trim(), Summary = summary!.Trim(), YoungPeopleReached = youngPeopleReached,
        };
    }
}
