using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Tests.Unit;

/// <summary>The words of a refusal come from the field's access metadata, so they name exactly who may use it.</summary>
public sealed class RefusalWordsTests
{
    [Theory]
    [InlineData(Access.Administrator, "Governance", "administrators")]
    [InlineData(Access.Scrutineer, "Scrutiny", "the scrutineer")]
    [InlineData(Access.Administrator | Access.Scrutineer, "Scrutiny", "the scrutineer and administrators")]
    [InlineData(Access.WorkingGroupMember, "Neglect", "members of the Neglect working group")]
    [InlineData(Access.WorkingGroupMember | Access.Scrutineer, "Neglect", "members of the Neglect working group and the scrutineer")]
    [InlineData(Access.WorkingGroupMember | Access.Scrutineer | Access.Administrator, "Governance", "members of the Governance working group, the scrutineer and administrators")]
    [InlineData(Access.WorkingGroupMember | Access.AnyPractitioner, "DomesticAbuse", "practitioners")]
    [InlineData(Access.AnyPractitioner, null, "practitioners")]
    [InlineData(Access.AnySignedIn, null, "everyone signed in")]
    [InlineData(Access.Administrator | Access.Scrutineer | Access.AnyPractitioner | Access.DataProtectionOfficer, "Scrutiny", "everyone signed in")]
    [InlineData(Access.Administrator | Access.Scrutineer | Access.AnyPractitioner, "Scrutiny", "practitioners, the scrutineer and administrators")]
    [InlineData(Access.Administrator | Access.DataProtectionOfficer, null, "administrators and the data protection officer")]
    [InlineData(Access.WorkingGroupMember | Access.Administrator, null, "administrators")] // a platform field has no working group
    [InlineData(Access.WorkingGroupMember, null, "")]
    [InlineData(Access.None, "Neglect", "")]
    public void The_audience_is_read_from_the_access_flags(Access access, string? group, string expected)
    {
        Assert.Equal(expected, AccessAudience.Describe(access, group));
        Assert.Equal(expected.Length > 0, AccessAudience.LetsAnyoneIn(access, group));
    }

    [Fact]
    public void Forbidden_names_the_fields_audience_not_the_modules_working_group()
    {
        Assert.Equal("You do not have access to addPartner. It is open to administrators.", ModuleRefusal.NotOpenToYou("addPartner", Access.Administrator, "Governance"));
        Assert.Equal("You do not have access to closeRecommendation. It is open to the scrutineer.", ModuleRefusal.NotOpenToYou("closeRecommendation", Access.Scrutineer, "Scrutiny"));
    }

    [Fact]
    public void A_switched_off_module_says_when_and_whether_the_caller_could_use_the_field_once_it_is_on()
    {
        var at = new DateTimeOffset(2025, 7, 1, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal("The Neglect module is switched off: an administrator switched it off at 00:30 on 2 July 2025 (BST). An administrator can switch it on again.",
            ModuleRefusal.SwitchedOff("Neglect", at, null));
        Assert.Equal("The Neglect module is switched off in the host's configuration. " +
                     "Even when it is on, neglectAssessments is open only to members of the Neglect working group, which does not include you.",
            ModuleRefusal.SwitchedOff("Neglect", null, ModuleRefusal.NotOpenToYouWhenOn("neglectAssessments", Access.WorkingGroupMember, "Neglect")));
    }
}
