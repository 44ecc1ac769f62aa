using Safeguarding.Neglect.Contracts;
using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Tests.Integration.SubscriberModule;

/// <summary>Records Neglect's AssessmentCompleted events in the test subscriber's table (ActionId holds the assessment id).</summary>
public sealed class NeglectAssessmentCompletedProbe(TestSubscriberDbContext db) : IIntegrationEventHandler<AssessmentCompleted>
{
    public async Task HandleAsync(AssessmentCompleted e, CancellationToken cancellationToken)
    {
        db.Received.Add(new ReceivedEvent { EventId = e.EventId, Kind = nameof(AssessmentCompleted), ActionId = e.AssessmentId });
        await db.SaveChangesAsync(cancellationToken);
    }
}
