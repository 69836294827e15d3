using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// A column that holds <see cref="IFileStore"/> keys (the entity's property). Every module that keeps a key registers its
/// columns: the orphan clean-up keeps exactly the files some registered column names and reports rows whose file is gone.
/// </summary>
public sealed record StoredFileReference(Type Entity, string Property);

public static class StoredFileReferences
{
    public static IServiceCollection AddStoredFileReference<TEntity>(this IServiceCollection services, string property) =>
        services.AddSingleton(new StoredFileReference(typeof(TEntity), property));
}
