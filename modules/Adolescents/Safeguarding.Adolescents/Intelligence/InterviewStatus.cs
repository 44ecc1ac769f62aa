namespace Safeguarding.Adolescents.Intelligence;

/// <summary>Where the return home interview after a missing episode stands.</summary>
public enum InterviewStatus
{
    /// <summary>The young person has not returned: no interview is due yet.</summary>
    NotReturned,
    /// <summary>Returned less than 72 hours ago; no interview offered yet.</summary>
    Awaiting,
    /// <summary>Offered within 72 hours of the return.</summary>
    OfferedOnTime,
    /// <summary>Offered more than 72 hours after the return.</summary>
    OfferedLate,
    /// <summary>Not offered, and more than 72 hours have passed since the return.</summary>
    Overdue,
}
