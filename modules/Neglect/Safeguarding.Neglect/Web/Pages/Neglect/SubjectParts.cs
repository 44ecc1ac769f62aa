using Safeguarding.SharedKernel.Web;
namespace Safeguarding.Neglect.Web.Pages.Neglect;

/// <summary>What the child's record reads of each module's part of <c>subjectView</c> (by the schema's names).</summary>
public sealed record SharingBasisView(string Basis, string? Reason, string RecordedBy, UkInstant RecordedAt)
{
    public string Words => Basis switch
    {
        "CONSENT_GIVEN" => "shared with consent",
        "CONSENT_REFUSED" => "consent refused: shared only where the law allows",
        "CONSENT_OVERRIDDEN" => "shared without consent, because seeking it would put the child at risk",
        _ => Basis,
    };
}

public sealed record Part(string Module, bool Shown, string? Note, SharingBasisView? SharingBasis)
{
    public string Title => SubjectParts.Title(Module);
}

public sealed record MissingEpisode(UkInstant WentMissingAt, UkInstant? ReturnedAt, string? WhereFound, string InterviewStatus, string ReportingAgency);
public sealed record CustodyEpisode(UkInstant DetainedAt, UkInstant? ReleasedAt, string ReportingAgency);
public sealed record ExploitationConcern(string Kind, bool CountyLines, DateOnly ReportedOn, string ReportingAgency);
public sealed record SafetyPlan(DateOnly ReviewOn);
public sealed record AdolescentsPart(List<MissingEpisode> MissingEpisodes, List<CustodyEpisode> CustodyEpisodes, List<ExploitationConcern> ExploitationConcerns, SafetyPlan? SafetyPlan);

public sealed record HospitalAlert(string Reason, string Agency, DateOnly RaisedOn);
public sealed record SettingName(string Name);
public sealed record NoticeSummary(string PoliceReference, string ReportingAgency, UkInstant IncidentAt, string LocationArea);
public sealed record EncompassSummary(string SettingName, UkInstant SentAt, UkInstant DeadlineAt, string Status);
public sealed record DomesticAbusePart(HospitalAlert? HospitalAlert, SettingName? Setting, List<NoticeSummary> Notices, List<EncompassSummary> EncompassNotifications);

public sealed record Indicator(DateOnly ObservedOn, string Category, string SourceAgency, string Description, bool SeenAndSpokenToAlone);
public sealed record DiscussionFlag(DateOnly FlaggedOn, string Reason, bool IsOpen);
public sealed record Chronology(List<Indicator> Indicators, DiscussionFlag? OpenFlag);
public sealed record HsbIncident(DateOnly OccurredOn, string Grade, string Agency);
public sealed record SupportReferral(string Service, DateOnly ReferredOn, DateOnly? StartedOn, int? WaitingDays);
public sealed record CsaPart(Chronology Chronology, List<HsbIncident> HarmfulSexualBehaviour, List<SupportReferral> SupportReferrals);

public static class SubjectParts
{
    /// <summary>The Subject fields the child's record asks for, besides Neglect's own.</summary>
    public const string Fields = """
        adolescents { missingEpisodes { wentMissingAt returnedAt whereFound interviewStatus reportingAgency }
          custodyEpisodes { detainedAt releasedAt reportingAgency } exploitationConcerns { kind countyLines reportedOn reportingAgency } safetyPlan { reviewOn } }
        domesticAbuse { hospitalAlert { reason agency raisedOn } setting { name }
          notices { policeReference reportingAgency incidentAt locationArea } encompassNotifications { settingName sentAt deadlineAt status } }
        csa { chronology { indicators { observedOn category sourceAgency description seenAndSpokenToAlone } openFlag { flaggedOn reason isOpen } }
          harmfulSexualBehaviour { occurredOn grade agency } supportReferrals { service referredOn startedOn waitingDays } }
        """;

    public static string Title(string module) => module switch
    {
        "Neglect" => "Neglect: Graded Care Profile 2",
        "Adolescents" => "Adolescents: missing, custody and exploitation",
        "DomesticAbuse" => "Domestic abuse",
        "Csa" => "Child sexual abuse",
        _ => module,
    };

    public static string Words(string code) => code.Replace('_', ' ').ToLowerInvariant() is var w && w.Length > 0 ? char.ToUpperInvariant(w[0]) + w[1..] : code;
}
