namespace Safeguarding.SharedKernel.Web;

/// <summary>Every part of the web interface, the host's own and the modules', in the order of the navigation.</summary>
public sealed class WebAreaCatalog(IEnumerable<WebArea> areas)
{
    public IReadOnlyList<WebArea> All { get; } = areas.OrderBy(a => a.Place).ToList();
}
