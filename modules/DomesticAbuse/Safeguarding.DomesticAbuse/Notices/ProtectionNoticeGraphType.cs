namespace Safeguarding.DomesticAbuse.Notices;

public sealed class ProtectionNoticeGraphType : RecordGraphType<ProtectionNotice>
{
    public ProtectionNoticeGraphType() : base("ProtectionNotice", "A police Public Protection Notice for a domestic abuse incident.",
        x => x.RecordedBy, x => x.Children, x => x.Adults)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("children").Description("The children's subject ids.")
            .Resolve(c => c.Source.Children.Select(x => x.SubjectId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoticeAdultGraphType>>>>("adults").Description("The adults named in the notice, by role and police person reference.").WithComplexityImpact(1, 2)
            .LoadsValue(x => x, (notices, batch) => batch.Service<ProtectionNotices>().AdultsOfAsync(notices, batch.CancellationToken), []);
    }
}
