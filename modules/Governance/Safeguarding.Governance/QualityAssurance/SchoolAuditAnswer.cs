namespace Safeguarding.Governance.QualityAssurance;

/// <summary>One setting's answer to one S.175/157 question in one academic/financial year ("2023/24"). Never changed once returned.</summary>
public sealed class SchoolAuditAnswer
{
    public const int MaxSettingLength = 200;
    public const int MaxQuestionLength = 1000;

    public Guid Id { get; init; }
    public string Year { get; init; } = "";
    public string Setting { get; init; } = "";
    public string Question { get; init; } = "";
    public bool Answer { get; init; }

    /// <summary>
    /// One setting's return for a year: at least one answer, each question once. Every problem is reported together.
    /// Whether the setting already made its return that year is for the caller to check against what is stored.
    /// </summary>
    public static IReadOnlyList<SchoolAuditAnswer> Return(string? year, string? setting, IReadOnlyList<S175AnswerInput> answers)
    {
        var check = new InputCheck();
        check.Require(FinancialYear.TryParseExact(year, out _), "year", "The year must look like 2023/24.")
            .RequireText(setting, "setting", "The setting", MaxSettingLength)
            .Require(answers.Count > 0, "answers", "A return needs at least one answer.");
        for (var i = 0; i < answers.Count; i++) check.RequireText(answers[i].Question, $"answers[{i}].question", "The question", MaxQuestionLength);
        check.Require(answers.Select(a => a.Question?.Trim()).Distinct().Count() == answers.Count, "answers", "A question is answered twice.")
            .ThrowIfInvalid();
        var name = setting!.Trim();
        return answers.Select(a => new SchoolAuditAnswer { Id = Guid.NewGuid(), Year = year!, Setting = name, Question = a.Question!.Trim(), Answer = a.Answer }).ToList();
    }
}
