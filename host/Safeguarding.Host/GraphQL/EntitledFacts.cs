namespace Safeguarding.Host.GraphQL;

/// <summary>
/// Facts passed on to one subscriber only when a check says they may see each (asked in a scope of its own, one fact at a
/// time, in the order told): a live feed must not tell a practitioner what the query it stands for would not show them.
/// </summary>
public sealed class EntitledFacts<TFact>(IObservable<TFact> facts, IServiceScopeFactory scopes, Func<IServiceProvider, TFact, CancellationToken, Task<bool>> maySee,
    ILogger logger) : IObservable<TFact> where TFact : class
{
    public IDisposable Subscribe(IObserver<TFact> observer)
    {
        var stopped = new CancellationTokenSource();
        var order = new SemaphoreSlim(1, 1);
        var listening = facts.Subscribe(new Checked(observer, fact => _ = PassOnAsync(fact)));
        return new Stop(() => { listening.Dispose(); stopped.Cancel(); });

        async Task PassOnAsync(TFact fact)
        {
            try
            {
                await order.WaitAsync(stopped.Token);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await maySee(scope.ServiceProvider, fact, stopped.Token)) observer.OnNext(fact);
                }
                finally { order.Release(); }
            }
            catch (OperationCanceledException) { }
            catch (Exception e) { logger.LogWarning(e, "Could not decide whether a subscriber may see a {Fact}; it was not passed on.", typeof(TFact).Name); }
        }
    }

    private sealed class Checked(IObserver<TFact> observer, Action<TFact> next) : IObserver<TFact>
    {
        public void OnNext(TFact value) => next(value);
        public void OnError(Exception error) => observer.OnError(error);
        public void OnCompleted() => observer.OnCompleted();
    }

    private sealed class Stop(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }
}
