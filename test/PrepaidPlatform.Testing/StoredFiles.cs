using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PrepaidPlatform.Testing;

public static class StoredFiles
{
    /// <summary>The files one category of the file store holds, in every host's data folder of this factory: what an upload left behind.</summary>
    public static Task<int> StoredFilesAsync(this PlatformFactory factory, string category) =>
        factory.InScopeAsync(sp =>
        {
            var folder = sp.GetRequiredService<IConfiguration>()["Database:DataFolder"]!;
            var count = Directory.Exists(folder)
                ? Directory.GetDirectories(folder, category, SearchOption.AllDirectories).Sum(d => Directory.GetFiles(d).Length)
                : 0;
            return Task.FromResult(count);
        });
}
