using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Contracts;
using Safeguarding.Governance.Listing;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.Domain;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;
using Safeguarding.SharedKernel.Time;

namespace Safeguarding.Governance.Workforce;

public sealed class TrainingSessionGraphType : ObjectGraphType<TrainingSession>
{
    public TrainingSessionGraphType()
    {
        Name = "TrainingSession";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.HeldOn);
        Field(x => x.ReflectionsDueOn).Description("Three months after the session.");
        Field(x => x.ReflectionsRequestedOn, nullable: true);
        Field<NonNullGraphType<StringGraphType>>("course")
            .ResolveAsync(async c => (object?)(await c.Service<GovernanceDbContext>().TrainingCourses.FindAsync([c.Source.CourseId], c.CancellationToken))!.Title);
        Field<NonNullGraphType<IntGraphType>>("attendees")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().SessionAttendances.Where(a => a.SessionId == c.Source.Id).SumAsync(a => a.Attendees, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionAttendanceGraphType>>>>("attendance").Rows(WorkforceGraph.AgenciesPerSession)
            .Description("Attendees by agency, most first.")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().SessionAttendances.AsNoTracking().Where(a => a.SessionId == c.Source.Id)
                .OrderByDescending(a => a.Attendees).ThenBy(a => a.PartnerId).ToListAsync(c.CancellationToken));
        Field<NonNullGraphType<IntGraphType>>("reflectionsReceived")
            .Description("How many reflections have been recorded for the session. What they say: trainingReflections (Governance working group).")
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().TrainingReflections.CountAsync(r => r.SessionId == c.Source.Id, c.CancellationToken));
    }
}

public sealed record CourseEvaluation(string Course, int Attendees, int Forms, IReadOnlyList<QuestionAverage> Questions);
public sealed record QuestionAverage(string Question, int Forms, decimal Average);

public sealed class QuestionAverageGraphType : ObjectGraphType<QuestionAverage>
{
    public QuestionAverageGraphType()
    {
        Name = "TrainingQuestionAverage";
        Field(x => x.Question);
        Field(x => x.Forms);
        Field(x => x.Average).Description("Mean score on the 1-5 scale, two decimals.");
    }
}

public sealed class CourseEvaluationGraphType : ObjectGraphType<CourseEvaluation>
{
    public CourseEvaluationGraphType()
    {
        Name = "TrainingCourseEvaluation";
        Field(x => x.Course);
        Field(x => x.Attendees);
        Field(x => x.Forms).Description("Evaluation forms returned (the most for any question).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QuestionAverageGraphType>>>>("questions").Resolve(c => c.Source.Questions);
    }
}

public sealed class EvaluationAnswerInput
{
    public string? Question { get; set; }
    public int Score { get; set; }
}

public sealed class EvaluationAnswerInputType : InputObjectGraphType<EvaluationAnswerInput>
{
    public EvaluationAnswerInputType()
    {
        Name = "TrainingEvaluationAnswerInput";
        Field(x => x.Question);
        Field(x => x.Score).Description("1 to 5.");
    }
}

public sealed class RecordEvaluationInput
{
    public string? SessionId { get; set; }
    public List<EvaluationAnswerInput>? Answers { get; set; }
}

public sealed class RecordEvaluationInputType : InputObjectGraphType<RecordEvaluationInput>
{
    public RecordEvaluationInputType()
    {
        Name = "RecordTrainingEvaluationInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvaluationAnswerInputType>>>>("answers");
    }
}

public sealed class AttendanceInput
{
    public string? PartnerId { get; set; }
    public int Attendees { get; set; }
}

public sealed class AttendanceInputType : InputObjectGraphType<AttendanceInput>
{
    public AttendanceInputType()
    {
        Name = "TrainingAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("partnerId");
        Field(x => x.Attendees);
    }
}

public sealed class AddSessionInput
{
    public string? Course { get; set; }
    public DateOnly HeldOn { get; set; }
    public List<AttendanceInput>? Attendance { get; set; }
}

public sealed class AddSessionInputType : InputObjectGraphType<AddSessionInput>
{
    public AddSessionInputType()
    {
        Name = "AddTrainingSessionInput";
        Field(x => x.Course).Description("The course's title; a new title starts a new course.");
        Field(x => x.HeldOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceInputType>>>>("attendance").Description("Attendees per agency.");
    }
}

internal static class WorkforceGraph
{
    private const Access Readers = Access.WorkingGroupMember | Access.Administrator | Access.Scrutineer;

    /// <summary>Agencies attending one session, for the complexity analysis: a multi-agency course draws about ten.</summary>
    public const int AgenciesPerSession = 10;

    public static void Contribute(GraphQLSlice slice)
    {
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionGraphType>>>>("trainingSessions")
            .Description("Training sessions newest first, with attendance by agency and how many reflections were received: of one course (its title) or all, " +
                         $"held from and to a day (both included). The most recent {TrainingReflections.DefaultListed} unless last says otherwise (at most {TrainingReflections.MaxListed}).")
            .Argument<StringGraphType>("course", "The course's title.")
            .WithWindow("Held", TrainingReflections.DefaultListed, TrainingReflections.MaxListed)
            .Allow(Readers)
            .ResolveAsync(async c => (object?)await c.Service<TrainingReflections>().SessionsAsync(c.GetArgument<string?>("course"),
                c.Window(TrainingReflections.DefaultListed, TrainingReflections.MaxListed, "sessions (narrow the dates to see further back)"), c.CancellationToken));

        // What practitioners wrote is free text about their practice: the Governance working group reads it; the scrutineer
        // and administrators see how many were received (TrainingSession.reflectionsReceived).
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingReflectionGraphType>>>>("trainingReflections")
            .Description("What attendees wrote three months after their session, newest first: of one session or all, written from and to a day (both included). " +
                         $"The most recent {TrainingReflections.DefaultListed} unless last says otherwise (at most {TrainingReflections.MaxListed}). Governance working group.")
            .Argument<IdGraphType>("sessionId")
            .WithWindow("Written", TrainingReflections.DefaultListed, TrainingReflections.MaxListed)
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c => (object?)await c.Service<TrainingReflections>().ListAsync(c.OptionalId("sessionId", "The session"),
                c.Window(TrainingReflections.DefaultListed, TrainingReflections.MaxListed, "reflections (narrow the dates to see further back)"), c.CancellationToken));

        slice.Mutation.Field<NonNullGraphType<TrainingReflectionGraphType>>("recordTrainingReflection")
            .Description("Records what someone who attended a session wrote when asked to reflect on it: their agency, post and text. Governance working group.")
            .Argument<NonNullGraphType<RecordTrainingReflectionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordTrainingReflectionInput>("input");
                var check = new InputCheck();
                var sessionId = check.ParseId(input.SessionId, "sessionId", "The session");
                var partnerId = check.ParseId(input.PartnerId, "partnerId", "The agency");
                return await c.Service<TrainingReflections>().RecordAsync(sessionId, partnerId, input.Role, input.Text, input.WrittenOn,
                    c.User!.Actor(), check, c.CancellationToken);
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseEvaluationGraphType>>>>("trainingCourseEvaluations")
            .Description("Per course: attendees, evaluation forms and the average score per question (1-5).")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var courses = await db.TrainingCourses.AsNoTracking().OrderBy(x => x.Title).ToListAsync(c.CancellationToken);
                var sessions = await db.TrainingSessions.AsNoTracking().ToListAsync(c.CancellationToken);
                var attendance = await db.SessionAttendances.AsNoTracking().ToListAsync(c.CancellationToken);
                var scores = await db.EvaluationScores.AsNoTracking().ToListAsync(c.CancellationToken);
                return courses.Select(course =>
                {
                    var ids = sessions.Where(s => s.CourseId == course.Id).Select(s => s.Id).ToHashSet();
                    var questions = scores.Where(s => ids.Contains(s.SessionId)).GroupBy(s => s.Question).OrderBy(g => g.Key)
                        .Select(g => new QuestionAverage(g.Key, g.Sum(s => s.Forms),
                            Math.Round(g.Sum(s => s.Average * s.Forms) / g.Sum(s => s.Forms), 2, MidpointRounding.AwayFromZero))).ToList();
                    return new CourseEvaluation(course.Title, attendance.Where(a => ids.Contains(a.SessionId)).Sum(a => a.Attendees),
                        questions.Count == 0 ? 0 : questions.Max(q => q.Forms), questions);
                }).ToList();
            });

        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionGraphType>>>>("trainingReflectionsDue")
            .Description("Sessions held three months or more before asOf whose reflections have not yet been asked for. asOf defaults to today (UK).")
            .Argument<DateOnlyGraphType>("asOf")
            .Allow(Readers)
            .ResolveAsync(async c =>
            {
                var asOf = c.GetArgument<DateOnly?>("asOf") ?? c.Service<TimeProvider>().Today();
                // Due three calendar months after the session (31 Jan -> 30 Apr), so filtered on the due date itself.
                var sessions = await c.Service<GovernanceDbContext>().TrainingSessions.AsNoTracking()
                    .Where(s => s.ReflectionsRequestedOn == null && s.HeldOn <= asOf).OrderBy(s => s.HeldOn).ToListAsync(c.CancellationToken);
                return sessions.Where(s => s.ReflectionsDueOn <= asOf).ToList();
            });

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("addTrainingSession")
            .Description("Records a session of a course with its attendance by agency.")
            .Argument<NonNullGraphType<AddSessionInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddSessionInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var attendance = input.Attendance ?? [];
                var check = new InputCheck();
                var partnerIds = attendance.Select((a, i) => check.ParseId(a.PartnerId, $"attendance[{i}].partnerId", "The agency")).ToList();
                check.RequireText(input.Course, "course", "The course", 300)
                    .Require(input.HeldOn <= today, "heldOn", "A session cannot be recorded before it is held.")
                    .Require(partnerIds.Distinct().Count() == partnerIds.Count, "attendance", "An agency is listed twice.");
                for (var i = 0; i < attendance.Count; i++)
                    check.Require(attendance[i].Attendees is >= 1 and <= 10000, $"attendance[{i}].attendees", "Attendees must be from 1 to 10,000.");
                check.ThrowIfInvalid();
                await db.CurrentPartnersAsync(partnerIds, "attendance", c.CancellationToken);
                var title = input.Course!.Trim();
                var course = await db.TrainingCourses.FirstOrDefaultAsync(x => x.Title == title, c.CancellationToken);
                if (course is null) db.TrainingCourses.Add(course = new TrainingCourse { Id = Guid.NewGuid(), Title = title });
                var session = new TrainingSession { Id = Guid.NewGuid(), CourseId = course.Id, HeldOn = input.HeldOn };
                db.TrainingSessions.Add(session);
                var attended = attendance.Select((a, i) => new SessionAttendance { Id = Guid.NewGuid(), SessionId = session.Id, PartnerId = partnerIds[i], Attendees = a.Attendees }).ToList();
                db.SessionAttendances.AddRange(attended);
                db.Publish(session.Recorded(attended));
                await db.SaveChangesAsync(c.CancellationToken);
                return session;
            });

        slice.Mutation.Field<NonNullGraphType<TrainingSessionGraphType>>("markTrainingReflectionsRequested")
            .Description("Records that reflections were asked for from a session's attendees.")
            .Argument<NonNullGraphType<IdGraphType>>("sessionId")
            .Argument<DateOnlyGraphType>("on")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var db = c.Service<GovernanceDbContext>();
                var today = c.Service<TimeProvider>().Today();
                var on = c.GetArgument<DateOnly?>("on") ?? today;
                var check = new InputCheck();
                var id = check.ParseId(c.GetArgument<string>("sessionId"), "sessionId", "The session");
                check.Require(on <= today, "on", "The date cannot be in the future.").ThrowIfInvalid();
                var session = await db.TrainingSessions.FirstOrDefaultAsync(s => s.Id == id, c.CancellationToken) ?? throw PartnershipError.NotFound("training session", id);
                if (session.ReflectionsRequestedOn is not null) throw PartnershipError.Conflict($"Reflections were already asked for on {session.ReflectionsRequestedOn:d MMMM yyyy}.");
                if (on < session.HeldOn) throw PartnershipError.Invalid("on", "Reflections cannot be asked for before the session.");
                session.ReflectionsRequestedOn = on;
                await db.SaveChangesAsync(c.CancellationToken);
                return session;
            });

        slice.Mutation.Field<NonNullGraphType<IntGraphType>>("recordTrainingEvaluation")
            .Description("Records one evaluation form for a session: a score from 1 to 5 per question. Answers the number of answers stored.")
            .Argument<NonNullGraphType<RecordEvaluationInputType>>("input")
            .Allow(Access.WorkingGroupMember)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordEvaluationInput>("input");
                var db = c.Service<GovernanceDbContext>();
                var answers = input.Answers ?? [];
                var check = new InputCheck();
                var sessionId = check.ParseId(input.SessionId, "sessionId", "The session");
                check.Require(answers.Count > 0, "answers", "A form needs at least one answer.");
                for (var i = 0; i < answers.Count; i++)
                    check.RequireText(answers[i].Question, $"answers[{i}].question", "The question", 500)
                        .Require(answers[i].Score is >= 1 and <= 5, $"answers[{i}].score", $"Scores are from 1 to 5; {answers[i].Score} is not allowed.");
                check.Require(answers.Select(a => a.Question?.Trim()).Distinct().Count() == answers.Count, "answers", "A question is answered twice.")
                    .ThrowIfInvalid();
                var session = await db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, c.CancellationToken)
                    ?? throw PartnershipError.NotFound("training session", sessionId);
                foreach (var a in answers)
                    db.EvaluationScores.Add(new EvaluationScore { Id = Guid.NewGuid(), SessionId = sessionId, Question = a.Question!.Trim(), Forms = 1, Average = a.Score });
                db.Publish(session.Evaluated(answers.Count, (decimal)answers.Average(a => a.Score)));
                await db.SaveChangesAsync(c.CancellationToken);
                return answers.Count;
            });
    }
}
