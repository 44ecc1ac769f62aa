namespace Safeguarding.Neglect.Workstream;

/// <summary>Neglect training delivered in a financial year: sessions and attendees, as an aggregate.</summary>
public sealed class TrainingReach
{
    private TrainingReach() { }

    public Guid Id { get; private set; }
    /// <summary>The financial year.</summary>
    public string Year { get; private set; } = "";
    /// <summary>The training's topic.</summary>
    public string Topic { get; private set; } = "";
    /// <summary>Sessions held.</summary>
    public int Sessions { get; private set; }
    /// <summary>People who attended.</summary>
    public int Attendees { get; private set; }

    /// <summary>Training as reported: a financial year written like 2024/25, a topic, 1 to 1,000 sessions and 0 to 100,000 attendees.</summary>
    public static void CheckDelivery(string? year, string? topic, int sessions, int attendees) =>
        new InputCheck()
            .Require(FinancialYear.TryParse(year, out _), "year", $"\"{year}\" is not a financial year: write it like 2024/25.")
            .RequireText(topic, "topic", "The topic", 200)
            .Require(sessions is >= 1 and <= 1000, "sessions", "Sessions must be from 1 to 1,000.")
            .Require(attendees is >= 0 and <= 100_000, "attendees", "Attendees must be from 0 to 100,000.")
            .ThrowIfInvalid();

    /// <summary>A year's figures for a topic, before any training is added to them.</summary>
    public static TrainingReach Open(string year, string topic)
    {
        CheckDelivery(year, topic, 1, 0);
        return new TrainingReach { Id = Guid.NewGuid(), Year = year, Topic = topic };
    }

    /// <summary>Adds training delivered to the year's figures for the topic.</summary>
    public void Add(int sessions, int attendees)
    {
        CheckDelivery(Year, Topic, sessions, attendees);
        Sessions += sessions;
        Attendees += attendees;
    }
}
