using Safeguarding.SharedKernel.Security;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// Where <c>node(id:)</c> finds records of one graph type: the module that holds them, who may read them (the access of
/// the module's own field that lists them), and how the records with some ids are read. A source is asked only when its
/// module is switched on and the caller has its access, so an id of a record the caller may not read answers null, as
/// an unknown id does.
/// </summary>
public sealed record NodeSource(string Module, Access Access, Type GraphType,
    Func<IServiceProvider, IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyList<(Guid Id, object Record)>>> FindAsync);
