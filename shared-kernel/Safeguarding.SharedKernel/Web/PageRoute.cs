namespace Safeguarding.SharedKernel.Web;

/// <summary>A second address for one of a module's pages, e.g. a child's record at <c>child/{subjectId?}</c> as well as
/// under the module's own path. <paramref name="Page"/> is the page's name under the pages folder ("/Neglect/Child").</summary>
public sealed record PageRoute(string Page, string Route);
