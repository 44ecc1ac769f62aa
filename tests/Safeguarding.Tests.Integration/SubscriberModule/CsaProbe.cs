using Safeguarding.Csa.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>Records CSA's SubjectFlaggedForDiscussion events in the test subscriber's table (ActionId holds the flag id).</summary>
public sealed class CsaSubjectFlaggedProbe(TestSubscriberDbContext db) : IIntegrationEventHandler<SubjectFlaggedForDiscussion>
{
    public async Task HandleAsync(SubjectFlaggedForDiscussion e, CancellationToken cancellationToken)
    {
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = nameof(SubjectFlaggedForDiscussion), ActionId = e.FlagId });
        await db.SaveChangesAsync(cancellationToken);
    }
}
