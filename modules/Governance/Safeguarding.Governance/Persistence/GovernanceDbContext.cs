using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.CaseResolution;
using Safeguarding.Governance.ImprovementPlans;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Priorities;
using Safeguarding.Governance.QualityAssurance;
using Safeguarding.Governance.Reviews;
using Safeguarding.Governance.Voice;
using Safeguarding.Governance.Workforce;

namespace Safeguarding.Governance.Persistence;

public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "governance";
    public override string Schema => SchemaName;

    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<PartnershipBody> Bodies => Set<PartnershipBody>();
    public DbSet<BodyMembership> Memberships => Set<BodyMembership>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<MeetingAttendance> MeetingAttendances => Set<MeetingAttendance>();
    public DbSet<PartnershipAction> Actions => Set<PartnershipAction>();
    public DbSet<Priority> Priorities => Set<Priority>();
    public DbSet<LearningReview> Reviews => Set<LearningReview>();
    public DbSet<ReviewAgreement> ReviewAgreements => Set<ReviewAgreement>();
    public DbSet<ReviewFinding> ReviewFindings => Set<ReviewFinding>();
    public DbSet<ReviewAction> ReviewActions => Set<ReviewAction>();
    public DbSet<CaseAudit> CaseAudits => Set<CaseAudit>();
    public DbSet<CaseAuditAgency> CaseAuditAgencies => Set<CaseAuditAgency>();
    public DbSet<SchoolAuditAnswer> SchoolAuditAnswers => Set<SchoolAuditAnswer>();
    public DbSet<Section11SelfAssessment> Section11SelfAssessments => Set<Section11SelfAssessment>();
    public DbSet<ProfessionalDisagreement> Disagreements => Set<ProfessionalDisagreement>();
    public DbSet<EscalationStep> EscalationSteps => Set<EscalationStep>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();
    public DbSet<SessionAttendance> SessionAttendances => Set<SessionAttendance>();
    public DbSet<EvaluationScore> EvaluationScores => Set<EvaluationScore>();
    public DbSet<TrainingReflection> TrainingReflections => Set<TrainingReflection>();
    public DbSet<ImprovementPlan> ImprovementPlans => Set<ImprovementPlan>();
    public DbSet<PlanOutcome> PlanOutcomes => Set<PlanOutcome>();
    public DbSet<PlanActivity> PlanActivities => Set<PlanActivity>();
    public DbSet<PlanMilestone> PlanMilestones => Set<PlanMilestone>();
    public DbSet<ScorecardReview> ScorecardReviews => Set<ScorecardReview>();
    public DbSet<VoiceRecommendation> VoiceRecommendations => Set<VoiceRecommendation>();

    protected override void OnModuleModelCreating(ModelBuilder b)
    {
        b.Entity<Partner>(e =>
        {
            e.ToTable("partners");
            e.Property(x => x.Name).HasMaxLength(Partner.MaxNameLength).IsRequired();
            e.Property(x => x.NameKey).HasMaxLength(Partner.MaxNameLength).IsRequired();
            e.HasIndex(x => x.NameKey).IsUniqueBecause("The partnership already has an agency of that name; names are compared ignoring letter case and spaces.");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Sector).HasMaxLength(100);
            e.Property(x => x.LeadSafeguardingPartner).HasMaxLength(200);
            e.Property(x => x.DelegatedSafeguardingPartner).HasMaxLength(200);
            e.Ignore(x => x.IsStatutory);
            e.Ignore(x => x.IsRetired);
        });
        b.Entity<PartnershipBody>(e =>
        {
            e.ToTable("bodies");
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.Name).IsUniqueBecause("There is already a board or group of that name.");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Module).HasMaxLength(100);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.BodyId);
            e.HasMany(x => x.Meetings).WithOne().HasForeignKey(m => m.BodyId);
        });
        b.Entity<BodyMembership>(e =>
        {
            e.ToTable("memberships");
            e.Property(x => x.Role).HasMaxLength(200).IsRequired();
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.BodyId, x.PartnerId, x.Role }).IsUniqueBecause("That partner already holds that seat on this body.");
            e.HasIndex(x => x.BodyId, "IX_memberships_one_chair_per_body").IsUniqueBecause("This body already has a chair.").HasFilter("\"IsChair\"");
        });
        b.Entity<Meeting>(e =>
        {
            e.ToTable("meetings");
            e.Property(x => x.Summary).HasMaxLength(4000);
            e.HasMany(x => x.Decisions).WithOne().HasForeignKey(d => d.MeetingId);
            e.HasMany(x => x.Attendance).WithOne().HasForeignKey(a => a.MeetingId);
            // The meetings query lists newest first, of one body or of all.
            e.HasIndex(x => new { x.BodyId, x.HeldOn });
            e.HasIndex(x => x.HeldOn);
        });
        b.Entity<MeetingAttendance>(e =>
        {
            e.ToTable("meeting_attendances");
            e.Property(x => x.Role).HasMaxLength(200).IsRequired();
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.MeetingId, x.PartnerId, x.Role }).IsUnique();
        });
        b.Entity<Decision>(e =>
        {
            e.ToTable("decisions");
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
        });
        b.Entity<PartnershipAction>(e =>
        {
            e.ToTable("actions");
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.CompletionEvidence).HasMaxLength(4000);
            e.HasOne<PartnershipBody>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.OwnerPartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Decision>().WithMany().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Status, x.DueDate });
        });
        b.Entity<Priority>(e =>
        {
            e.ToTable("priorities");
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.HasIndex(x => x.Name).IsUniqueBecause("There is already a priority of that name.");
            e.Property(x => x.Module).HasMaxLength(100);
        });
        b.Entity<LearningReview>(e =>
        {
            e.ToTable("reviews");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reference).HasMaxLength(100).IsRequired();
            e.HasIndex(x => x.Reference).IsUniqueBecause("A review with that reference already exists.");
            e.HasIndex(x => new { x.DecidedOn, x.DeadlineOn });
            e.HasOne<LearningReview>().WithMany().HasForeignKey(x => x.RapidReviewId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Agreements).WithOne().HasForeignKey(a => a.ReviewId);
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(f => f.ReviewId);
        });
        b.Entity<ReviewAgreement>(e =>
        {
            e.ToTable("review_agreements");
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.ReviewId, x.PartnerId }).IsUniqueBecause("That partner's agreement to this review's outcome was being recorded by someone else at the same moment; look at the review again.");
        });
        b.Entity<ReviewFinding>(e =>
        {
            e.ToTable("review_findings");
            e.Property(x => x.Theme).HasMaxLength(200).IsRequired();
            e.Property(x => x.Text).HasMaxLength(4000).IsRequired();
        });
        b.Entity<ReviewAction>(e =>
        {
            e.ToTable("review_actions");
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.CompletionEvidence).HasMaxLength(4000);
            e.HasOne<LearningReview>().WithMany().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PartnershipBody>().WithMany().HasForeignKey(x => x.OwnerBodyId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.Status, x.DueDate });
        });
        b.Entity<CaseAudit>(e =>
        {
            e.ToTable("case_audits");
            e.Property(x => x.Topic).HasMaxLength(200).IsRequired();
            e.Property(x => x.Quarter).HasMaxLength(20).IsRequired();
            e.HasOne<CaseAudit>().WithMany().HasForeignKey(x => x.RepeatOfAuditId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Agencies).WithOne().HasForeignKey(a => a.AuditId);
        });
        b.Entity<CaseAuditAgency>(e =>
        {
            e.ToTable("case_audit_agencies");
            e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Finding).HasMaxLength(4000);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.AuditId, x.PartnerId }).IsUniqueBecause("That agency is already part of this audit.");
        });
        b.Entity<Section11SelfAssessment>(e =>
        {
            e.ToTable("section11_self_assessments");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.PartnerId, x.Year }).IsUniqueBecause("That agency has already submitted its Section 11 self-assessment for that year.");
            e.HasMany(x => x.Ratings).WithOne().HasForeignKey(x => x.SelfAssessmentId);
        });
        b.Entity<Section11StandardRating>(e =>
        {
            e.ToTable("section11_ratings");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Standard).HasMaxLength(10).IsRequired();
            e.Property(x => x.Rating).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Action).HasMaxLength(2000);
            e.HasIndex(x => new { x.SelfAssessmentId, x.Standard }).IsUnique();
        });
        b.Entity<SchoolAuditAnswer>(e =>
        {
            e.ToTable("school_audit_answers");
            e.Property(x => x.Year).HasMaxLength(7).IsRequired();
            e.Property(x => x.Setting).HasMaxLength(200).IsRequired();
            e.Property(x => x.Question).HasMaxLength(1000).IsRequired();
            e.HasIndex(x => new { x.Year, x.Setting, x.Question }).IsUniqueBecause("That setting has already made its return for that year.");
        });
        b.Entity<ProfessionalDisagreement>(e =>
        {
            e.ToTable("disagreements");
            e.Property(x => x.Summary).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Resolution).HasMaxLength(2000);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(40);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.RaisedByPartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.AgainstPartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.DisagreementId);
            e.HasIndex(x => new { x.ResolvedOn, x.StageDueOn });
        });
        b.Entity<EscalationStep>(e =>
        {
            e.ToTable("escalation_steps");
            e.Property(x => x.Change).HasMaxLength(20).IsRequired();
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.DisagreementId, x.Sequence }).IsUniqueBecause("This disagreement was escalated by someone else at the same moment; look at it again.");
        });
        b.Entity<TrainingCourse>(e =>
        {
            e.ToTable("training_courses");
            e.Property(x => x.Title).HasMaxLength(300).IsRequired();
            e.HasIndex(x => x.Title).IsUniqueBecause("That course was being added by someone else at the same moment; record the session again.");
        });
        b.Entity<TrainingSession>(e =>
        {
            e.ToTable("training_sessions");
            e.Ignore(x => x.ReflectionsDueOn);
            e.HasOne<TrainingCourse>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SessionAttendance>(e =>
        {
            e.ToTable("session_attendances");
            e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<EvaluationScore>(e =>
        {
            e.ToTable("evaluation_scores");
            e.Property(x => x.Question).HasMaxLength(500).IsRequired();
            e.Property(x => x.Average).HasPrecision(5, 2);
            e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<TrainingReflection>(e =>
        {
            e.ToTable("training_reflections");
            e.Property(x => x.Role).HasMaxLength(200).IsRequired();
            e.Property(x => x.Text).HasMaxLength(TrainingReflection.MaxText).IsRequired();
            e.Property(x => x.RecordedBy).HasMaxLength(200).IsRequired();
            e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.SessionId, x.WrittenOn });
            e.HasIndex(x => x.WrittenOn);
        });
        b.Entity<ImprovementPlan>(e =>
        {
            e.ToTable("improvement_plans");
            e.Property(x => x.Title).HasMaxLength(300).IsRequired();
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.OwnerPartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<PlanOutcome>(e =>
        {
            e.ToTable("plan_outcomes");
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
            e.HasOne<ImprovementPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Activities).WithOne().HasForeignKey(x => x.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanActivity>(e =>
        {
            e.ToTable("plan_activities");
            e.Property(x => x.Number).HasMaxLength(20).IsRequired();
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Support).HasMaxLength(1000);
            e.HasMany(x => x.Milestones).WithOne().HasForeignKey(x => x.ActivityId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PlanMilestone>(e =>
        {
            e.ToTable("plan_milestones");
            e.Property(x => x.Text).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Benefits).HasMaxLength(2000);
            e.HasOne<Partner>().WithMany().HasForeignKey(x => x.OwnerPartnerId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<ScorecardReview>(e =>
        {
            e.ToTable("scorecard_reviews");
            e.Property(x => x.Quarter).HasMaxLength(20).IsRequired();
            e.HasIndex(x => x.Quarter).IsUniqueBecause("The Young Safeguarders' review of that quarter is already recorded.");
            e.Property(x => x.Summary).HasMaxLength(4000).IsRequired();
        });
        b.Entity<VoiceRecommendation>(e =>
        {
            e.ToTable("voice_recommendations");
            e.Property(x => x.Text).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Response).HasMaxLength(2000);
            e.HasOne<ScorecardReview>().WithMany().HasForeignKey(x => x.ReviewId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

/// <summary>For the EF Core tools, through <c>tools/add-migration.sh modules/Governance/Safeguarding.Governance GovernanceDbContext Name Persistence/Migrations</c> (both providers).</summary>
internal sealed class GovernanceDesignTimeFactory() : ModuleDesignTimeFactory<GovernanceDbContext>(GovernanceDbContext.SchemaName, o => new(o));
