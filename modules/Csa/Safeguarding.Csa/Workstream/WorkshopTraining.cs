namespace Safeguarding.Csa.Workstream;

/// <summary>CSA workshops delivered in a financial year: sessions and attendees per workshop title, as an aggregate.</summary>
public sealed class WorkshopTraining
{
    private WorkshopTraining() { }

    public Guid Id { get; private set; }
    /// <summary>The financial year.</summary>
    public string Year { get; private set; } = "";
    /// <summary>The workshop.</summary>
    public string Workshop { get; private set; } = "";
    /// <summary>Sessions held.</summary>
    public int Sessions { get; private set; }
    /// <summary>People who attended.</summary>
    public int Attendees { get; private set; }

    /// <summary>Workshops as reported: a financial year (stored as 2024-25), a workshop, 1 to 1,000 sessions and 0 to 100,000 attendees.</summary>
    public static void CheckDelivery(string? year, string? workshop, int sessions, int attendees) =>
        FinancialYearLabel.Check(new InputCheck(), year)
            .RequireText(workshop, "workshop", "The workshop", 200)
            .Require(sessions is >= 1 and <= 1000, "sessions", "Sessions must be from 1 to 1,000.")
            .Require(attendees is >= 0 and <= 100_000, "attendees", "Attendees must be from 0 to 100,000.")
            .ThrowIfInvalid();

    /// <summary>A year's figures for a workshop, before any delivery is added to them.</summary>
    public static WorkshopTraining Open(string year, string workshop)
    {
        CheckDelivery(year, workshop, 1, 0);
        return new WorkshopTraining { Id = Guid.NewGuid(), Year = year, Workshop = workshop };
    }

    /// <summary>Adds workshops delivered to the year's figures.</summary>
    public void Add(int sessions, int attendees)
    {
        CheckDelivery(Year, Workshop, sessions, attendees);
        Sessions += sessions;
        Attendees += attendees;
    }
}
