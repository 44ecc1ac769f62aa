using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Safeguarding.Tests.Integration.Support;

/// <summary>
/// Keeps the errors the host logs with their exceptions, so a test that sees INTERNAL (whose message says nothing, on
/// purpose) can say what was thrown and where.
/// </summary>
public sealed class CapturedErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>The errors logged since the last call, oldest first.</summary>
    public IReadOnlyList<string> Take()
    {
        var taken = new List<string>();
        while (_errors.TryDequeue(out var e)) taken.Add(e);
        return taken;
    }

    public void Dispose() { }

    private sealed class Logger(CapturedErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel) || exception is null) return;
            var frame = exception.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Contains("Safeguarding.", StringComparison.Ordinal));
            owner._errors.Enqueue($"{exception.GetType().Name}: {exception.Message}{(frame is null ? "" : " " + frame)}");
        }
    }
}
