using Safeguarding.Csa.Contracts;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Csa.Workstream;

/// <summary>
/// A child protection plan for sexual abuse, as Neglect announced it (ChildProtectionPlanStarted/Ended with category
/// SEXUAL). Neglect holds every plan; this is the workstream's read model of the sexual abuse ones.
/// </summary>
public sealed class SexualAbusePlan
{
    public Guid PlanId { get; set; }
    public Guid SubjectId { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
}

/// <summary>Children with sexual abuse safeguarded at the hospital in a financial year, as the hospital reported it.</summary>
public sealed class HospitalSafeguardedCases
{
    public Guid Id { get; set; }
    /// <summary>Financial year, written "2023-24".</summary>
    public string Year { get; set; } = "";
    public int Cases { get; set; }
    public string Source { get; set; } = "";

    /// <summary>The event that tells other modules (Scrutiny's annual report) the count, published in the same save by the mutation and the demo data.</summary>
    public HospitalSafeguardedCasesReported Reported() => new(Year, Cases, Source);
}

/// <summary>CSA workshops delivered in a financial year: sessions and attendees per workshop title, as an aggregate.</summary>
public sealed class WorkshopTraining
{
    public Guid Id { get; set; }
    public string Year { get; set; } = "";
    public string Workshop { get; set; } = "";
    public int Sessions { get; set; }
    public int Attendees { get; set; }
}

/// <summary>Awareness work on child sexual abuse led by young people (peer-to-peer delivery, quality assurance of education).</summary>
public sealed class AwarenessActivity
{
    public Guid Id { get; set; }
    public string Year { get; set; } = "";
    public string Title { get; set; } = "";
    public string Partners { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>How many young people it reached, when known; never estimated.</summary>
    public int? YoungPeopleReached { get; set; }
}

/// <summary>Financial years run 1 April to 31 March and are written as the CSA contracts carry them: "2023-24".</summary>
/// <summary>The workstream writes financial years as the annual report does, "2023-24": the shared rule with a hyphen.</summary>
public static class FinancialYearLabel
{
    public static bool IsValid(string? label) =>
        label is { Length: 7 } && label[4] == '-' && FinancialYear.TryParseExact(label.Replace('-', '/'), out _);
}

/// <summary>Calendar quarters, ending 31 March, 30 June, 30 September and 31 December.</summary>
public readonly record struct Quarter(DateOnly Starts, DateOnly Ends)
{
    public static Quarter Containing(DateOnly day)
    {
        var starts = new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1);
        return new Quarter(starts, starts.AddMonths(3).AddDays(-1));
    }

    /// <summary>The quarters whose last day falls between from and to, inclusive.</summary>
    public static IEnumerable<Quarter> EndingBetween(DateOnly from, DateOnly to)
    {
        for (var q = Containing(from); q.Ends <= to; q = Containing(q.Ends.AddDays(1)))
            if (q.Ends >= from) yield return q;
    }
}
