namespace Safeguarding.SharedKernel.Live;

/// <summary>
/// What happened a moment ago, for the clients listening now: the source of the API's subscriptions. A module tells it
/// a fact once the fact is committed (usually from a handler of its own integration event); a subscription field watches
/// one kind of fact. Nothing is kept: a client that is not listening when a fact is told does not get it later, and reads
/// it with a query instead. Facts told here carry no child's identity, as integration events do not.
/// </summary>
public interface ILiveUpdates
{
    /// <summary>Tells every client watching <typeparamref name="TUpdate"/> now.</summary>
    void Tell<TUpdate>(TUpdate update) where TUpdate : class;

    /// <summary>The facts of kind <typeparamref name="TUpdate"/> told from the moment of subscribing.</summary>
    IObservable<TUpdate> Watch<TUpdate>() where TUpdate : class;
}
