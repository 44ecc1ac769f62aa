using GraphQL;
using GraphQL.Types;
using Safeguarding.SharedKernel.GraphQL;

namespace Safeguarding.DomesticAbuse.Notices;

public sealed class ProtectionNoticeGraphType : ObjectGraphType<ProtectionNotice>
{
    public ProtectionNoticeGraphType()
    {
        Name = "ProtectionNotice";
        Description = "A police Public Protection Notice for a domestic abuse incident.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.PoliceReference);
        Field(x => x.ReportingAgency);
        Field(x => x.IncidentAt);
        Field(x => x.LocationArea);
        Field(x => x.ReceivedAt);
        Field(x => x.ChildCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("children").Description("The children's subject ids.")
            .Resolve(c => c.Source.Children.Select(x => x.SubjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeAdultGraphType>>>>("adults").WithComplexityImpact(1, 2)
            .ResolveAsync(async c => await c.Service<ProtectionNotices>().AdultsOfAsync(c.Source, c.CancellationToken));
    }
}
