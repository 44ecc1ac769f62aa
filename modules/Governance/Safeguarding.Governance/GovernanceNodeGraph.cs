using Safeguarding.Governance.Actions;
using Safeguarding.Governance.Bodies;
using Safeguarding.Governance.CaseResolution;
using Safeguarding.Governance.Partners;
using Safeguarding.Governance.Persistence;
using Safeguarding.Governance.Priorities;
using Safeguarding.Governance.QualityAssurance;
using Safeguarding.Governance.Reviews;
using Safeguarding.Governance.Workforce;

namespace Safeguarding.Governance;

/// <summary>
/// Governance's records a client may fetch again by id (<c>node(id:)</c>), each for those who may read the module's list
/// of them.
/// </summary>
internal static class GovernanceNodeGraph
{
    public static void Contribute(GraphQLSlice slice)
    {
        slice.Node<PartnerGraphType, Partner>(Access.AnySignedIn, Records(db => db.Partners));
        slice.Node<PartnershipBodyGraphType, PartnershipBody>(Access.AnySignedIn, Records(db => db.Bodies));
        slice.Node<MeetingGraphType, Meeting>(Access.AnySignedIn, Records(db => db.Meetings));
        slice.Node<PriorityGraphType, Priority>(Access.AnySignedIn, Records(db => db.Priorities));
        slice.Node<PartnershipActionGraphType, PartnershipAction>(Audiences.WorkingGroupAndOversight, Records(db => db.Actions));
        slice.Node<LearningReviewGraphType, LearningReview>(Access.WorkingGroupMember, Records(db => db.Reviews));
        slice.Node<CaseAuditGraphType, CaseAudit>(Audiences.WorkingGroupAndOversight, Records(db => db.CaseAudits));
        slice.Node<Section11SelfAssessmentGraphType, Section11SelfAssessment>(Audiences.WorkingGroupAndOversight, Records(db => db.Section11SelfAssessments));
        slice.Node<ProfessionalDisagreementGraphType, ProfessionalDisagreement>(Audiences.WorkingGroupAndOversight, Records(db => db.Disagreements));
        slice.Node<TrainingSessionGraphType, TrainingSession>(Audiences.WorkingGroupAndOversight, Records(db => db.TrainingSessions));
    }

    private static Func<IServiceProvider, IQueryable<T>> Records<T>(Func<GovernanceDbContext, IQueryable<T>> set) =>
        services => set(services.GetRequiredService<GovernanceDbContext>());
}
