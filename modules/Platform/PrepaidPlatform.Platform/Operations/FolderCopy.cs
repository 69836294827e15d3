namespace PrepaidPlatform.Platform.Operations;

/// <summary>The file store's folder copied into a backup and back, without the store's unfinished uploads.</summary>
internal static class FolderCopy
{
    // LocalFileStore's unfinished uploads: nothing refers to them.
    private const string Incoming = ".incoming";

    /// <returns>How many files were copied.</returns>
    public static int Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return 0;
        }

        var count = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(Incoming + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: false);
            if (!OperatingSystem.IsWindows())
            {
                // Uploads carry personal data: the copy stays readable by the service account only, as the original.
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            count++;
        }

        return count;
    }

    /// <summary>Empties <paramref name="to"/> (files uploaded after the backup have no row once its database is back) and copies the backup's files in.</summary>
    public static int Replace(string from, string to)
    {
        if (Directory.Exists(to))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(to))
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }

        return Copy(from, to);
    }
}
