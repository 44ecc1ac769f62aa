namespace Safeguarding.Funding.Years;

/// <summary>Whether a financial year is still open to entries.</summary>
public enum YearStatus
{
    /// <summary>Open: contributions and expenditure may be recorded.</summary>
    Open,
    /// <summary>Closed: its figures are final.</summary>
    Closed,
}
