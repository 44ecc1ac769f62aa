using Safeguarding.SharedKernel.Events;

namespace Safeguarding.Governance.Contracts;

/// <summary>A partner agency joined the partnership (or was seeded). Other modules keep their own copy of the name.</summary>
public sealed record PartnerRegistered(Guid PartnerId, string Name, bool IsStatutory, string Sector) : IntegrationEvent;

/// <summary>A body of the partnership agreed an action.</summary>
public sealed record PartnershipActionCreated(Guid ActionId, Guid BodyId, string BodyName, Guid OwnerPartnerId, DateOnly DueDate) : IntegrationEvent;

/// <summary>An action was completed, with evidence.</summary>
public sealed record PartnershipActionCompleted(Guid ActionId, Guid BodyId, string BodyName, DateOnly DueDate, DateOnly CompletedOn) : IntegrationEvent
{
    public bool CompletedLate => CompletedOn > DueDate;
}

/// <summary>An action passed its due date without being completed. Published once per action.</summary>
public sealed record PartnershipActionBecameOverdue(Guid ActionId, Guid BodyId, string BodyName, Guid OwnerPartnerId, DateOnly DueDate) : IntegrationEvent;
