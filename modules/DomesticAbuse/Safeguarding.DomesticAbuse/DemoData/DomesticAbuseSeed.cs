using Safeguarding.DomesticAbuse.Contracts;
using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Settings;
using Safeguarding.DomesticAbuse.Trend;

namespace Safeguarding.DomesticAbuse.DemoData;

/// <summary>
/// Demo data from the 2023-24 annual report: children in Public Protection Notices, 8,155 the year before and 10,366
/// in early 2024 (+27%), held as published annual figures, not as notices. The report names no schools: the settings
/// are obviously fictional examples. All of them but the early years one are subscribed to Operation Encompass, as the
/// report says of every Plymouth school ("now being extended to include Early Years").
/// </summary>
internal static class DomesticAbuseSeed
{
    public const string AnnualReport = "PSCP Annual Report 2023-24 (Police Public Protection Notices)";

    public static void Write(DomesticAbuseDbContext db)
    {
        db.Settings.AddRange(
            EducationSetting.Register(DomesticAbuseDemoIds.ExamplePrimarySchool, "Example Primary School (demo)", SettingPhase.Primary, true, "Designated safeguarding lead"),
            EducationSetting.Register(Guid.Parse("5e771a90-0000-4000-8000-00000000e002"), "Example Secondary School (demo)", SettingPhase.Secondary, true, "Designated safeguarding lead"),
            EducationSetting.Register(Guid.Parse("5e771a90-0000-4000-8000-00000000e003"), "Example Nursery (demo)", SettingPhase.EarlyYears, false, "Nursery manager"));

        foreach (var (year, children) in new[] { (new FinancialYear(2022), 8155), (new FinancialYear(2023), 10366) })
        {
            db.PublishedFigures.Add(new PublishedChildrenFigure
            {
                Id = Guid.NewGuid(), Year = year.Label, PeriodStart = year.Starts, PeriodEnd = year.Ends, Children = children, Source = AnnualReport,
            });
            db.Publish(new ChildrenInNoticesFigureReported(year.Label, year.Starts, year.Ends, children, AnnualReport));
        }
    }
}
