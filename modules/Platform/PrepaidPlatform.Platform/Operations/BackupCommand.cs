using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Storage;

namespace PrepaidPlatform.Platform.Operations;

/// <summary>
/// <c>backup &lt;folder&gt;</c> and <c>restore &lt;folder&gt;</c> (deploy/backup.sh, deploy/restore.sh): the database and the
/// uploaded files of the configured host. A host command rather than a script that reads appsettings itself, so the
/// database, the data folder and <c>Storage:Root</c> are resolved exactly as the running host resolves them
/// (appsettings.{Environment}.json, environment variables, defaults relative to the content root).
/// The database is copied first — SQLite by its online backup API, MariaDB by <c>mariadb-dump --single-transaction</c>,
/// both consistent while the platform runs — and the files after it: a file uploaded in between is kept without a row
/// (the orphan clean-up removes it after a restore), while files are never deleted under a row that still names them.
/// Exit code 0 on success, 1 on failure, 2 on a usage error.
/// </summary>
public static class BackupCommand
{
    internal const string ManifestFile = "backup.json";
    internal const string FilesFolder = "files";

    public static bool Matches(string[] args) => args is ["backup", ..] or ["restore", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (args is not [var verb, var folderArgument] || string.IsNullOrWhiteSpace(folderArgument))
        {
            await output.WriteLineAsync("用法：backup <备份目录> | restore <备份目录>（恢复前须停止所有平台实例）");
            return 2;
        }

        var folder = Path.GetFullPath(folderArgument);
        var database = services.GetRequiredService<DatabaseOptions>();
        var environment = services.GetRequiredService<IWebHostEnvironment>();
        var filesRoot = FileStorageRoot.Resolve(services.GetRequiredService<IConfiguration>()[FileStorageRoot.Setting], database.DataFolder,
            environment.ContentRootPath, environment.WebRootPath);
        var backup = new DatabaseBackup(database);
        try
        {
            return verb == "backup"
                ? await BackupAsync(backup, filesRoot, folder, output, cancellationToken)
                : await RestoreAsync(backup, database, filesRoot, folder, output, cancellationToken);
        }
        catch (BackupException e)
        {
            await output.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> BackupAsync(DatabaseBackup backup, string filesRoot, string folder, TextWriter output, CancellationToken cancellationToken)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"备份目录 {folder} 不为空：请指定一个新目录，以免覆盖已有备份。");
        }

        Directory.CreateDirectory(folder);
        var startedUtc = DateTime.UtcNow;
        var databaseFile = await backup.BackupAsync(folder, cancellationToken);
        var files = FolderCopy.Copy(filesRoot, Path.Combine(folder, FilesFolder));
        var manifest = new BackupManifest(backup.Provider.ToString(), databaseFile, files, startedUtc, DateTime.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, ManifestJson), cancellationToken);
        await output.WriteLineAsync($"已备份：数据库（{backup.Provider}）→ {Path.Combine(folder, databaseFile)}，文件 {files} 个 → {Path.Combine(folder, FilesFolder)}。");
        return 0;
    }

    private static async Task<int> RestoreAsync(DatabaseBackup backup, DatabaseOptions database, string filesRoot, string folder, TextWriter output,
        CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new BackupException($"{folder} 不是平台备份：缺少 {ManifestFile}。");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), ManifestJson)
            ?? throw new BackupException($"{manifestPath} 无法读取。");
        if (!string.Equals(manifest.Provider, database.Provider.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupException($"该备份来自 {manifest.Provider} 数据库，当前配置的是 {database.Provider}：不能直接恢复。");
        }

        await backup.RestoreAsync(Path.Combine(folder, manifest.DatabaseFile), cancellationToken);
        var files = FolderCopy.Replace(Path.Combine(folder, FilesFolder), filesRoot);
        await output.WriteLineAsync($"已恢复 {manifest.FinishedUtc:yyyy-MM-dd HH:mm:ss} UTC 的备份：数据库（{database.Provider}），文件 {files} 个 → {filesRoot}。");
        return 0;
    }

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true };
}

/// <summary>What a backup folder holds; <c>restore</c> checks the provider before touching anything.</summary>
internal sealed record BackupManifest(string Provider, string DatabaseFile, int Files, DateTime StartedUtc, DateTime FinishedUtc);

/// <summary>A refusal of the backup or restore command, worded for the operator.</summary>
internal sealed class BackupException(string message) : Exception(message);
