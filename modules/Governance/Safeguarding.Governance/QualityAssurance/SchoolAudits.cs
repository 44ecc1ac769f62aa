using Safeguarding.Governance.Persistence;

namespace Safeguarding.Governance.QualityAssurance;

/// <summary>The S.175/157 school audit: each setting's yearly return, and the share of settings answering yes to each question.</summary>
public sealed class SchoolAudits(GovernanceDbContext db)
{
    /// <summary>Stores one setting's return for a year, once; answers how many answers it holds.</summary>
    public async Task<int> RecordReturnAsync(RecordS175ReturnInput input, CancellationToken ct)
    {
        var answers = SchoolAuditAnswer.Return(input.Year, input.Setting, input.Answers ?? []);
        var setting = answers[0].Setting;
        if (await db.SchoolAuditAnswers.AnyAsync(a => a.Year == input.Year && a.Setting == setting, ct))
            throw DomainException.Conflict($"{setting} has already made its {input.Year} return.");
        db.SchoolAuditAnswers.AddRange(answers);
        await db.SaveChangesAsync(ct);
        return answers.Count;
    }

    /// <summary>Per question answered in <paramref name="year"/> ("2023/24"): yes as a percentage, and the previous year's.</summary>
    public async Task<IReadOnlyList<S175QuestionCompliance>> ComplianceAsync(string? year, CancellationToken ct)
    {
        if (!FinancialYear.TryParseExact(year, out var financialYear)) throw DomainException.Invalid("year", "The year must look like 2023/24.");
        var previous = financialYear.Previous.Label;
        var answers = await db.SchoolAuditAnswers.AsNoTracking()
            .Where(a => a.Year == year || a.Year == previous).Select(a => new { a.Year, a.Question, a.Answer }).ToListAsync(ct);
        return answers.Where(a => a.Year == year).GroupBy(a => a.Question).OrderBy(g => g.Key).Select(g =>
        {
            var before = answers.Where(a => a.Year == previous && a.Question == g.Key).ToList();
            decimal? previousPercentage = before.Count == 0 ? null : AuditGrades.Percentage(before.Count(a => a.Answer), before.Count);
            return new S175QuestionCompliance(g.Key, g.Count(a => a.Answer), g.Count(), AuditGrades.Percentage(g.Count(a => a.Answer), g.Count()), previousPercentage);
        }).ToList();
    }
}
