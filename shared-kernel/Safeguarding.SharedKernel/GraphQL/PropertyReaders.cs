using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Safeguarding.SharedKernel.GraphQL;

/// <summary>
/// A compiled reader for each property a derived graph type shows, compiled once per process. GraphQL.NET's
/// auto-registering types compile one for every field each time a schema is built; a host builds its schema once, but
/// every compiled reader is a dynamic method the runtime later finalises, and the test suite builds hundreds of schemas
/// (decision 0031).
/// </summary>
internal static class PropertyReaders
{
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Readers = new();

    public static Func<object, object?> Of(PropertyInfo property) => Readers.GetOrAdd(property, static property =>
    {
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    });
}
