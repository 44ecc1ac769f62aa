namespace Safeguarding.Host.GraphQL;

public sealed class ChildAccessGraphType : RecordGraphType<ChildAccess>
{
    public ChildAccessGraphType() : base("ChildAccess",
        "A practitioner's recorded relationship with a child, which opens the child's identity and detail to them: an allocation, a manager's grant, " +
        "or sealed (emergency) access, from `from` until `until` or until ended. Kept when it ends.")
    {
        InUkTime(x => x.From);
        InUkTime(x => x.Until);
        InUkTime(x => x.EndedAt);
        InUkTime(x => x.ReviewedAt);
        Describe(x => x.SubjectId, "The child (the id the access was recorded under).");
        Field<NonNullGraphType<BooleanGraphType>>("current")
            .Description("Whether it opens the child's record now: started, not ended, not lapsed.")
            .Resolve(c => c.Source.IsCurrentAt(c.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow()));
    }
}
