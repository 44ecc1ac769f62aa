using GraphQL.Execution;

namespace Safeguarding.Host.GraphQL;

/// <summary>Every error leaves with extensions.code; validation errors also list the fields at fault.
/// Unexpected failures are reported as INTERNAL without their inner details.</summary>
public sealed class PartnershipErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCode = true, ExposeCodes = false, ExposeData = false, ExposeExceptionDetails = false })
{
    public const string Internal = "INTERNAL";

    /// <summary>"Variable '$i.year' is invalid. "2024-26" is not a financial year: write it like 2024/25 ...": where the
    /// executor says only that it could not convert, the scalar's own reason is given instead.</summary>
    private static string InTheScalarsWords(string message, ExecutionError error)
    {
        if (error.InnerException is not InvalidScalarValue refused) return message;
        var where = message.IndexOf(". ", StringComparison.Ordinal);
        return where < 0 ? refused.Message : $"{message[..(where + 1)]} {refused.Message}";
    }

    /// <summary>"Variable '$i.title' is invalid. No value provided for a non-null variable.": a required input field
    /// left out or sent as null is named, in words a practitioner reads, as the field that must be given.</summary>
    private static string Required(string message)
    {
        string[] saidOfMissing = ["No value provided for a non-null variable.", "Received a null input for a non-null variable."];
        if (!saidOfMissing.Any(message.EndsWith)) return message;
        var start = message.IndexOf('\'') + 1;
        var end = start > 0 ? message.IndexOf('\'', start) : -1;
        if (end < 0) return message;
        var path = message[start..end];
        var field = path[(path.LastIndexOf('.') + 1)..].TrimStart('$');
        return $"Variable '{path}' is invalid. {field} is required: give it a value, not null and not left out.";
    }

    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        var info = base.GetInfo(executionError);
        var extensions = info.Extensions ?? new Dictionary<string, object?>();
        switch (executionError)
        {
            case PartnershipError error:
                extensions["code"] = error.Code;
                if (error.Problems.Count > 0)
                    extensions["problems"] = error.Problems.Select(p => new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message }).ToList();
                break;
            case UnhandledError:
                extensions["code"] = Internal;
                break;
        }
        extensions.Remove("details");
        return new ErrorInfo { Message = Required(InTheScalarsWords(info.Message, executionError)), Extensions = extensions };
    }
}
