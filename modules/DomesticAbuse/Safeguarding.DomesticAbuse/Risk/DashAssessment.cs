using Safeguarding.DomesticAbuse.Contracts;

namespace Safeguarding.DomesticAbuse.Risk;

/// <summary>A completed DASH (Domestic Abuse, Stalking and Honour-based violence) risk checklist: 24 answers.</summary>
public sealed class DashAssessment
{
    private DashAssessment() { }

    public Guid Id { get; private set; }
    /// <summary>The victim, when known to the module from notices.</summary>
    public Guid? VictimAdultId { get; private set; }
    /// <summary>The agency whose practitioner completed it.</summary>
    public string Agency { get; private set; } = "";
    /// <summary>The practitioner who completed it.</summary>
    public string Practitioner { get; private set; } = "";
    /// <summary>The UK day it was completed.</summary>
    public DateOnly CompletedOn { get; private set; }
    /// <summary>The 24 answers in question order, one letter each: Y, N or K (not known).</summary>
    public string Answers { get; private set; } = "";
    /// <summary>How many of the 24 questions were answered yes.</summary>
    public int YesCount { get; private set; }
    /// <summary>Notices involving the victim in the 12 months to the day completed.</summary>
    public int IncidentsInLastYear { get; private set; }
    /// <summary>The risk level the answers and judgement give.</summary>
    public RiskLevel RiskLevel { get; private set; }
    /// <summary>Why it is high risk (score, professional judgement or escalation); null when not high risk.</summary>
    public HighRiskBasis? HighRiskBasis { get; private set; }
    /// <summary>The practitioner's reason for judging it high risk; null unless judged so.</summary>
    public string? JudgementReason { get; private set; }

    /// <summary>The day completed: the one given, or today.</summary>
    public static DateOnly CompletedOnOrToday(CompleteDashAssessmentInput input, DateOnly today) => input.CompletedOn ?? today;

    /// <summary>
    /// The problems with a checklist as sent, found before the victim is looked up: the answers and judgement
    /// (<see cref="DashRules.Check"/>), the day completed (within the last year, not in the future), and the MARAC
    /// meeting (within 90 days of the assessment).
    /// </summary>
    public static InputCheck Check(CompleteDashAssessmentInput input, DateOnly today)
    {
        var completedOn = CompletedOnOrToday(input, today);
        var check = new InputCheck();
        DashRules.Check(check, input.Answers, input.ProfessionalJudgement, input.JudgementReason);
        return check.Require(completedOn <= today, "completedOn", "The day completed cannot be in the future.")
            .Require(completedOn > today.AddYears(-1), "completedOn", "The day completed must be within the last year.")
            .OptionalText(input.VictimPersonReference, "victimPersonReference", "The victim's person reference", 50)
            .Require(input.MaracMeetingOn is null || input.MaracMeetingOn >= completedOn, "maracMeetingOn", "The MARAC meeting cannot be before the assessment.")
            .Require(input.MaracMeetingOn is null || input.MaracMeetingOn <= completedOn.AddDays(90), "maracMeetingOn", "The MARAC meeting must be within 90 days of the assessment.");
    }

    /// <summary>
    /// Grades a checklist (<see cref="DashRules.Grade"/>) with the victim's notices in the last year. High risk refers the
    /// case to the MARAC meeting given, which is then required.
    /// </summary>
    public static DashCompletion Complete(CompleteDashAssessmentInput input, DateOnly today, string agency, string practitioner,
        Guid? victimAdultId, int incidentsInLastYear)
    {
        Check(input, today).ThrowIfInvalid();
        var completedOn = CompletedOnOrToday(input, today);
        var outcome = DashRules.Grade(input.Answers!, input.ProfessionalJudgement, incidentsInLastYear);
        if (outcome.RiskLevel == RiskLevel.High && input.MaracMeetingOn is null)
            throw DomainException.Invalid("maracMeetingOn", $"This assessment is high risk ({Describe(outcome, incidentsInLastYear)}): give the date of the MARAC meeting the case goes to.");
        var assessment = new DashAssessment
        {
            Id = Guid.NewGuid(), VictimAdultId = victimAdultId, Agency = agency, Practitioner = practitioner, CompletedOn = completedOn,
            Answers = DashRules.Encode(input.Answers!), YesCount = outcome.YesCount, IncidentsInLastYear = incidentsInLastYear, RiskLevel = outcome.RiskLevel,
            HighRiskBasis = outcome.Basis, JudgementReason = input.ProfessionalJudgement ? input.JudgementReason!.Trim() : null,
        };
        var events = new List<IntegrationEvent>
        {
            new DashAssessmentCompleted(assessment.Id, agency, completedOn, outcome.YesCount, Code(outcome.RiskLevel), outcome.Basis is { } b ? Code(b) : null),
        };
        MaracReferral? referral = null;
        if (outcome.Basis is { } basis)
        {
            referral = MaracReferral.Make(assessment.Id, agency, completedOn, input.MaracMeetingOn!.Value, basis);
            events.Add(new MaracReferralMade(referral.Id, assessment.Id, agency, completedOn, referral.MeetingOn, Code(basis)));
        }
        return new DashCompletion(assessment, referral, events);
    }

    private static string Describe(DashOutcome o, int incidents) => o.Basis switch
    {
        Risk.HighRiskBasis.Score => $"{o.YesCount} YES answers",
        Risk.HighRiskBasis.Judgement => "professional judgement",
        _ => $"{incidents} notices involving the victim in 12 months",
    };

    /// <summary>How events name a level or basis: upper case, as the API's enumerations.</summary>
    private static string Code<T>(T value) where T : struct, Enum => value.ToString().ToUpperInvariant();
}
