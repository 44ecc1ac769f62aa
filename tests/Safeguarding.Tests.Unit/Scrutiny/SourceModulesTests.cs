using Safeguarding.Adolescents;
using Safeguarding.Csa;
using Safeguarding.DomesticAbuse;
using Safeguarding.Funding;
using Safeguarding.Governance;
using Safeguarding.Neglect;
using Safeguarding.Scrutiny.ReadModel;

namespace Safeguarding.Tests.Unit.Scrutiny;

/// <summary>Scrutiny names the modules it reads by the names they give themselves, or the scorecard would call a present module absent.</summary>
public sealed class SourceModulesTests
{
    [Fact]
    public void Each_source_module_is_named_as_the_module_names_itself()
    {
        Assert.Equal(
            [new GovernanceModule().Name, new NeglectModule().Name, new DomesticAbuseModule().Name, new AdolescentsModule().Name, new CsaModule().Name, new FundingModule().Name],
            SourceModules.All);
        Assert.Equal(SourceModules.All.Order(), FactKinds.ByModule.Keys.Order());
    }
}
