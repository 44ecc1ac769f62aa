namespace Safeguarding.Governance.Contracts.Agencies;

public static class PartnershipAgencyModel
{
    /// <summary>Maps the module's copy of the partnership's agencies to <paramref name="table"/> in the module's schema.</summary>
    public static ModelBuilder HasPartnershipAgencies(this ModelBuilder model, string table = "agencies")
    {
        model.Entity<PartnershipAgency>(e =>
        {
            e.ToTable(table);
            e.HasKey(x => x.PartnerId);
            e.Property(x => x.PartnerId).ValueGeneratedNever();
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
        });
        return model;
    }
}
