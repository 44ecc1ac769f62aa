using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Governance.Persistence;
using Safeguarding.SharedKernel.GraphQL;
using Safeguarding.SharedKernel.Security;

namespace Safeguarding.Governance.Priorities;

public sealed class PriorityGraphType : ObjectGraphType<Priority>
{
    public PriorityGraphType()
    {
        Name = "Priority";
        Description = "A partnership priority and its plan on a page.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(x => x.Name);
        Field(x => x.Module).Description("The module its working group works in.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("whatWeWantToSee").Resolve(c => c.Source.WhatWeWantToSee);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("howWeWillDoThat").Resolve(c => c.Source.HowWeWillDoThat);
    }
}

internal static class PriorityGraph
{
    public static void Contribute(GraphQLSlice slice) =>
        slice.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PriorityGraphType>>>>("priorities")
            .Description("The partnership's priorities, each with its plan on a page.")
            .Allow(Access.AnySignedIn)
            .ResolveAsync(async c => (object?)await c.Service<GovernanceDbContext>().Priorities.AsNoTracking()
                .OrderBy(p => p.Name).ToListAsync(c.CancellationToken));
}
