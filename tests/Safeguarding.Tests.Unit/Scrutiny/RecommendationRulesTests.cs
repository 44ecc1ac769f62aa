using Safeguarding.Scrutiny.Recommendations;
using Safeguarding.SharedKernel.Domain;

namespace Safeguarding.Tests.Unit.Scrutiny;

/// <summary>A recommendation is owned, responded to, closed on the response and reopened by its rules; each change of status is kept and announced.</summary>
public sealed class RecommendationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static Recommendation Open() =>
        Recommendation.Record("2024-25", ScrutinyTheme.RelevantAgencies, RecommendationKind.Recommendation, "  Appoint permanent DSPs. ", " ", Now);

    [Fact]
    public void A_recommendation_is_recorded_open_for_a_financial_year_written_either_way()
    {
        var r = Open();
        Assert.Equal(("2024/25", "Appoint permanent DSPs.", (string?)null, RecommendationStatus.Open, Now), (r.Year, r.Text, r.Finding, r.Status, r.RecordedAt));

        var wrong = Assert.Throws<DomainException>(() => Recommendation.Record("2024", ScrutinyTheme.Learning, RecommendationKind.Strength, "", null, Now));
        Assert.Equal(ErrorCodes.Validation, wrong.Code);
        Assert.Equal(["year", "text"], wrong.Problems.Select(p => p.Field));
        Assert.StartsWith("Some details need correcting: The year must look like 2024/25.", wrong.Message);
    }

    [Fact]
    public void An_owner_is_named_with_a_due_date_neither_past_nor_beyond_three_years()
    {
        var r = Open();
        var past = Assert.Throws<DomainException>(() => r.AssignOwner("The police", Today.AddDays(-1), Today));
        Assert.Equal((ErrorCodes.Validation, "The due date cannot be in the past (today is 2 March 2026)."), (past.Code, past.Message));
        var far = Assert.Throws<DomainException>(() => r.AssignOwner("The police", Today.AddYears(3).AddDays(1), Today));
        Assert.Equal("The due date must be within three years.", far.Message);
        Assert.Null(r.Owner);

        r.AssignOwner(" Devon and Cornwall Police ", Today.AddYears(3), Today);
        Assert.Equal(("Devon and Cornwall Police", (DateOnly?)Today.AddYears(3)), (r.Owner, r.DueOn));
    }

    [Fact]
    public void A_response_needs_an_owner_and_makes_it_in_progress_with_the_change_announced()
    {
        var r = Open();
        var unowned = Assert.Throws<DomainException>(() => r.Respond("We will.", "alex.admin", Now));
        Assert.Equal((ErrorCodes.Conflict, "Name the recommendation's owner before recording their response."), (unowned.Code, unowned.Message));
        Assert.Equal(RecommendationStatus.Open, r.Status);

        r.AssignOwner("Devon and Cornwall Police", null, Today);
        var change = r.Respond(" Raised with the police's lead. ", "alex.admin", Now);
        Assert.Equal(("Raised with the police's lead.", RecommendationStatus.InProgress), (r.Response, r.Status));
        Assert.Equal((r.Id, RecommendationStatus.Open, RecommendationStatus.InProgress, "alex.admin", Now, "Response recorded"),
            (change.RecommendationId, change.FromStatus, change.ToStatus, change.ChangedBy, change.ChangedAt, change.Note));
        var announced = r.Announce(change);
        Assert.Equal((r.Id, "2024/25", "RELEVANT_AGENCIES", "OPEN", "IN_PROGRESS", "Devon and Cornwall Police"),
            (announced.RecommendationId, announced.Year, announced.Theme, announced.FromStatus, announced.ToStatus, announced.Owner));
    }

    [Fact]
    public void It_is_closed_only_on_a_response_then_changes_no_further_until_reopened()
    {
        var r = Open();
        var early = Assert.Throws<DomainException>(() => r.Close("Done.", "sam.scrutineer", Now, Today));
        Assert.Equal((ErrorCodes.Conflict, "A recommendation is closed on its owner's response; record the response first."), (early.Code, early.Message));
        var notClosed = Assert.Throws<DomainException>(() => r.Reopen("Why not.", "sam.scrutineer", Now));
        Assert.Equal((ErrorCodes.Conflict, "Only a closed recommendation can be reopened."), (notClosed.Code, notClosed.Message));

        r.AssignOwner("Devon and Cornwall Police", null, Today);
        r.Respond("We will.", "alex.admin", Now);
        var closing = r.Close(" Police data shared again. ", "sam.scrutineer", Now, Today);
        Assert.Equal((RecommendationStatus.Closed, "Police data shared again.", (DateOnly?)Today), (r.Status, r.ClosureEvidence, r.ClosedOn));
        Assert.Equal((RecommendationStatus.InProgress, RecommendationStatus.Closed, "Police data shared again."), (closing.FromStatus, closing.ToStatus, closing.Note));

        const string Closed = "This recommendation was closed on 2 March 2026; reopen it first.";
        Assert.Equal((ErrorCodes.Conflict, Closed), Refused(() => r.AssignOwner("Someone else", null, Today)));
        Assert.Equal((ErrorCodes.Conflict, Closed), Refused(() => r.Respond("Again.", "alex.admin", Now)));
        Assert.Equal((ErrorCodes.Conflict, Closed), Refused(() => r.Close("Again.", "sam.scrutineer", Now, Today)));

        var reopening = r.Reopen(" The data stopped again. ", "sam.scrutineer", Now);
        Assert.Equal((RecommendationStatus.InProgress, (string?)null, (DateOnly?)null), (r.Status, r.ClosureEvidence, r.ClosedOn));
        Assert.Equal((RecommendationStatus.Closed, RecommendationStatus.InProgress, "The data stopped again."), (reopening.FromStatus, reopening.ToStatus, reopening.Note));
    }

    [Fact]
    public void A_blank_response_evidence_or_reason_is_refused_with_its_field()
    {
        var r = Open();
        r.AssignOwner("Devon and Cornwall Police", null, Today);
        Assert.Equal("response", Assert.Single(Assert.Throws<DomainException>(() => r.Respond(" ", "alex.admin", Now)).Problems).Field);
        r.Respond("We will.", "alex.admin", Now);
        Assert.Equal("evidence", Assert.Single(Assert.Throws<DomainException>(() => r.Close(null, "sam.scrutineer", Now, Today)).Problems).Field);
        r.Close("Done.", "sam.scrutineer", Now, Today);
        Assert.Equal("reason", Assert.Single(Assert.Throws<DomainException>(() => r.Reopen("", "sam.scrutineer", Now)).Problems).Field);
        Assert.Equal(RecommendationStatus.Closed, r.Status);
    }

    private static (string Code, string Message) Refused(Action change)
    {
        var refused = Assert.Throws<DomainException>(change);
        return (refused.Code, refused.Message);
    }
}
