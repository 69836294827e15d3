namespace PrepaidPlatform.Platform.Storage;

/// <summary>
/// The folder of <see cref="LocalFileStore"/>: <c>Storage:Root</c> (relative paths under the content root), by default
/// <c>files</c> in the data folder (<c>Database:DataFolder</c>, beside the SQLite file and the keys). Never inside the
/// web root: the static-file middleware would serve every uploaded contract and ID copy to anyone with its path. Nor
/// may the web root lie inside the store's folder, where a category named like it would write into it.
/// </summary>
internal static class FileStorageRoot
{
    public const string Setting = "Storage:Root";

    public static string Resolve(string? configuredRoot, string dataFolder, string contentRoot, string? webRoot)
    {
        var root = string.IsNullOrWhiteSpace(configuredRoot)
            ? Path.Combine(Path.GetFullPath(dataFolder, contentRoot), "files")
            : Path.GetFullPath(configuredRoot, contentRoot);
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

        // The host's web root when it has one, and ContentRoot/wwwroot in any case (it may be created after start).
        string?[] webRoots = [webRoot, Path.Combine(contentRoot, "wwwroot")];
        foreach (var web in webRoots.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => Path.TrimEndingDirectorySeparator(Path.GetFullPath(w!, contentRoot))))
        {
            if (IsSameOrInside(root, web) || IsSameOrInside(web, root))
            {
                throw new InvalidOperationException(
                    $"{Setting}（{root}）与网站根目录（{web}）重叠：放在其中的上传文件会被当作静态文件公开访问。请把 {Setting} 设在网站根目录之外（默认为数据目录下的 files）。");
            }
        }

        return root;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full, without a trailing separator).</summary>
    internal static bool IsSameOrInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(folder, comparison)
            || path.StartsWith(folder + Path.DirectorySeparatorChar, comparison)
            || path.StartsWith(folder + Path.AltDirectorySeparatorChar, comparison);
    }
}
