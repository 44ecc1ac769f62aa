using Safeguarding.DomesticAbuse.Persistence;
using Safeguarding.DomesticAbuse.Settings;

namespace Safeguarding.DomesticAbuse;

/// <summary>
/// Domestic abuse records a client may fetch again by id (<c>node(id:)</c>), for those who may read the module's list of
/// them. Notices and the people they name are not nodes: they are read through their own, audited, fields.
/// </summary>
internal static class DomesticAbuseNodeGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Node<EducationSettingGraphType, EducationSetting>(Access.AnySignedIn, services => services.GetRequiredService<DomesticAbuseDbContext>().Settings);
}
