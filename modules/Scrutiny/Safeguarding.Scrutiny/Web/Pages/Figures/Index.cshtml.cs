using Safeguarding.SharedKernel.Web.Charts;
using Safeguarding.SharedKernel.Web;
using Safeguarding.Scrutiny.Web;

namespace Safeguarding.Scrutiny.Web.Pages.Figures;

public sealed class IndexModel(TimeProvider clock) : PartnershipPage
{
    /// <summary>A quarter's figures as the reader may see them: a count withheld as a small number (named in <paramref name="Suppressed"/>) is null.</summary>
    public sealed record Quarter(DateOnly QuarterEnd, int? NeglectPlans, int? AllPlans, decimal? SharePercent, List<string> Suppressed)
    {
        public bool ShareWithheld => Suppressed.Contains("sharePercent");
    }

    /// <summary>A count as the table shows it: the number, or the mark of one withheld.</summary>
    public static string Shown(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? DisclosureControl.Marker;

    /// <summary>A row of the table: Neglect's figures for a quarter that has ended, or none for a quarter whose end is still to come.</summary>
    public sealed record Row(DateOnly QuarterEnd, Quarter? Figures)
    {
        public bool NotYet => Figures is null;
        /// <summary>No plans open at the quarter's end: Neglect holds nothing for it, which is no data rather than a share of 0%.</summary>
        public bool NoData => Figures is { AllPlans: 0 };
    }

    protected override WebArea Area => ScrutinyModule.Figures;

    /// <summary>Every quarter from three years back to the end of the current financial year; those not yet ended have no figures.</summary>
    public List<Row> Quarters { get; private set; } = [];
    public List<ChartPoint> NeglectShare { get; private set; } = [];
    public string? NeglectShareProblem { get; private set; }

    public async Task OnGetAsync()
    {
        var today = clock.Today();
        var answer = await GraphQL.RunAsync("query Share($from: DateOnly!, $to: DateOnly!) { neglectShareByQuarter(from: $from, to: $to) { quarterEnd neglectPlans allPlans sharePercent suppressed } }",
            new { from = new DateOnly(today.Year - 3, 1, 1), to = today });
        if (!answer.Ok)
        {
            NeglectShareProblem = answer.Code == "MODULE_DISABLED" ? "The Neglect module is switched off, so its figures are not available." : answer.Errors[0].Message;
            return;
        }
        var ended = answer.Get<List<Quarter>>("neglectShareByQuarter") ?? [];
        Quarters = ended.Select(q => new Row(q.QuarterEnd, q)).ToList();
        // The current quarter and those after it, to the end of the financial year, have not ended: "not yet", never a share of 0%.
        for (var q = FinancialQuarter.Of(today); q <= FinancialYear.Of(today).Quarters[^1]; q = q.Next)
            if (q.Ends > today) Quarters.Add(new Row(q.Ends, null));
        NeglectShare = Quarters.Select(q => new ChartPoint(q.QuarterEnd.ToString("MMM yy"), q.NotYet || q.NoData ? null : q.Figures!.SharePercent,
            q.NotYet ? "not yet" : q.Figures!.ShareWithheld ? DisclosureControl.Marker : "no data")).ToList();
    }
}
