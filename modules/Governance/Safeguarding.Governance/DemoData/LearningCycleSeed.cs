using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.QualityAssurance;
using Safeguarding.Governance.Workforce;

namespace Safeguarding.Governance.DemoData;

/// <summary>
/// The learning cycle's demo data, from the 2023/24 annual report: the S.175/157 school audit.
/// The report gives percentages of settings, not their names or counts: the seed uses 101 placeholder settings
/// ("Setting 001" to "Setting 101") and counts whose percentages, rounded to two decimals, are the report's figures.
/// </summary>
public static class LearningCycleSeed
{
    public const int Settings = 101;

    public const string PremisesQuestion =
        "Where the establishment's premises are used by independent services outside of school/college hours the Governing Body/Trust Body " +
        "have sought assurance that the service has appropriate policies and procedures in place, including safeguarding policies, operate " +
        "safe recruitment practices and have appropriately trained staff to deal with incidents of actual or suspected abuse";
    public const string EncompassQuestion = "Relevant staff members have completed Operation Encompass training to receive Public Protection Notices";
    public const string DomesticAbuseQuestion = "Training, policies and procedures are in place to support students experiencing domestic abuse in the home";
    public const string Gcp2Question = "The setting is aware of the neglect Graded Care Profile and the requirement to engage in its implementation";

    /// <summary>(year, question, settings answering yes of 101). 86/101 = 85.15% ("85%"); 100/101 = 99.01%; 84/101 = 83.17%.</summary>
    public static readonly (string Year, string Question, int Yes)[] S175 =
    [
        ("2022/23", PremisesQuestion, 86),
        ("2023/24", PremisesQuestion, 100),
        ("2023/24", EncompassQuestion, 100),
        ("2023/24", DomesticAbuseQuestion, 100),
        ("2023/24", Gcp2Question, 84),
    ];

    public static void Write(GovernanceDbContext db)
    {
        foreach (var (year, question, yes) in S175)
            for (var s = 1; s <= Settings; s++)
                db.SchoolAuditAnswers.Add(new SchoolAuditAnswer
                {
                    Id = Guid.NewGuid(), Year = year, Setting = $"Setting {s:000}", Question = question, Answer = s <= yes,
                });

        // No case audits are seeded: the report says one multi-agency case audit ran each quarter but publishes no
        // per-agency findings, and demo data must not put invented findings against real agencies.

        // Building Support workshops (autumn 2023): the report gives totals only - 473 attendees, 228 forms and the average per
        // question - so they are stored as one session (dated at the end of the series), attendance without an agency, and
        // each question's average as a summary of 228 forms, not as individual forms. The events are those addTrainingSession
        // and 228 recordTrainingEvaluation calls would publish, so that Scrutiny's training measures count the same workshops:
        // each form's average is the report's average over its four questions, as the report gives no form's own scores.
        var course = new TrainingCourse { Id = Guid.NewGuid(), Title = BuildingSupportCourse };
        var session = new TrainingSession { Id = Guid.NewGuid(), CourseId = course.Id, HeldOn = new DateOnly(2023, 12, 15) };
        var reflectionsAskedFor = new DateOnly(2024, 3, 15);
        session.RequestReflections(reflectionsAskedFor, today: reflectionsAskedFor);
        db.TrainingCourses.Add(course);
        db.TrainingSessions.Add(session);
        var attendance = new SessionAttendance { Id = Guid.NewGuid(), SessionId = session.Id, Attendees = BuildingSupportAttendees };
        db.SessionAttendances.Add(attendance);
        db.Publish(session.Recorded([attendance]));
        foreach (var (question, average) in BuildingSupportAverages)
            db.EvaluationScores.Add(new EvaluationScore { Id = Guid.NewGuid(), SessionId = session.Id, Question = question, Forms = BuildingSupportForms, Average = average });
        var formAverage = BuildingSupportAverages.Average(q => q.Average);
        for (var form = 0; form < BuildingSupportForms; form++)
            db.Publish(session.Evaluated(BuildingSupportAverages.Length, formAverage));
    }

    public const int BuildingSupportAttendees = 473;
    public const int BuildingSupportForms = 228;

    public const string BuildingSupportCourse = "Building Support for Children, Young People and Families in Plymouth: workshops";

    public static readonly (string Question, decimal Average)[] BuildingSupportAverages =
    [
        ("1. How helpful was the pre-reading", 4.17m),
        ("2. How was the quality of the presentation", 4.37m),
        ("3. Did the content meet your needs", 4.32m),
        ("4. How useful will this learning be for the work that you do", 4.41m),
    ];
}
