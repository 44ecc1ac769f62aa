using Safeguarding.Host.Web.Charts;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Host.Web.Pages.Figures;

public sealed class IndexModel(TimeProvider clock) : PartnershipPage
{
    public sealed record Quarter(DateOnly QuarterEnd, int NeglectPlans, int AllPlans, decimal SharePercent);

    protected override WebArea Area => WebAreas.Figures;

    public List<Quarter> Quarters { get; private set; } = [];
    public List<ChartPoint> NeglectShare { get; private set; } = [];
    public string? NeglectShareProblem { get; private set; }

    public async Task OnGetAsync()
    {
        var today = clock.Today();
        var answer = await GraphQL.RunAsync("query Share($from: DateOnly!, $to: DateOnly!) { neglectShareByQuarter(from: $from, to: $to) { quarterEnd neglectPlans allPlans sharePercent } }",
            new { from = new DateOnly(today.Year - 3, 1, 1), to = today });
        if (!answer.Ok)
        {
            NeglectShareProblem = answer.Code == "MODULE_DISABLED" ? "The Neglect module is switched off, so its figures are not available." : answer.Errors[0].Message;
            return;
        }
        Quarters = answer.Get<List<Quarter>>("neglectShareByQuarter") ?? [];
        NeglectShare = Quarters.Select(q => new ChartPoint(q.QuarterEnd.ToString("MMM yy"), q.AllPlans == 0 ? null : q.SharePercent)).ToList();
    }
}
