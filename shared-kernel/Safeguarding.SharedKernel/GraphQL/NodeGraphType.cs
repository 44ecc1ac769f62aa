using GraphQL.Types;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// The <c>Node</c> interface of global object identification: a record a client may cache and fetch again by its id
/// alone, with <c>node(id:)</c> or <c>nodes(ids:)</c>. Its id is the same id every other field and argument of the API uses.
/// </summary>
public sealed class NodeGraphType : InterfaceGraphType
{
    public const string TypeName = "Node";

    public NodeGraphType()
    {
        Name = TypeName;
        Description = "A record with an id of its own, unique across the partnership's records, that a client may cache and fetch again with " +
                      "`node(id:)` or `nodes(ids:)`. The id is the one every other field and argument uses.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The record's id: the same in every field and argument of the API, and never reused.");
    }
}
