using GraphQL.Execution;

namespace Safeguarding.Host.GraphQL;

/// <summary>Every error leaves with extensions.code; validation errors also list the fields at fault.
/// Unexpected failures are reported as INTERNAL without their inner details.</summary>
public sealed class PartnershipErrorInfoProvider() : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeCode = true, ExposeCodes = false, ExposeData = false, ExposeExceptionDetails = false })
{
    public const string Internal = "INTERNAL";

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
        return new ErrorInfo { Message = info.Message, Extensions = extensions };
    }
}
