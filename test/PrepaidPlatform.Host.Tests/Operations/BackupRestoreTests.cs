using System.Net;
using PrepaidPlatform.Testing;

namespace PrepaidPlatform.Host.Tests.Operations;

/// <summary>
/// The restore drill of deploy/backup.sh and deploy/restore.sh (the host's <c>backup</c> and <c>restore</c> commands) on
/// the real host process: backed up while it serves, changed, restored while it is stopped, started again on the
/// backup's accounts and files.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string Operator = "91110107MA01AB2C3C";

    // Only lends its database and authenticator keys: the host under test is a child process, never this one.
    private readonly PlatformFactory _factory = new();
    private readonly string _dataFolder = Path.Combine(TestDatabase.Folder, "restore-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string _backupFolder = Path.Combine(TestDatabase.Folder, "backup-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task A_restore_brings_back_the_backups_data_and_files_and_the_platform_starts_on_them()
    {
        var database = _factory.Database;
        var kept = StoredFile("filing", "0123456789abcdef0123456789abcdef", "备份前上传的合同");
        var later = Path.Combine(_dataFolder, "files", "filing", "fedcba9876543210fedcba9876543210");

        using (var host = await HostProcess.StartAsync(database, _dataFolder))
        {
            (await SignsInAsync(host)).ShouldBeTrue(host.Output);

            // Online: the backup is taken while the host runs.
            var backup = await HostProcess.RunScriptAsync(database, _dataFolder, "deploy/backup.sh", _backupFolder);
            backup.ExitCode.ShouldBe(0, backup.Output);

            // After the backup: the account renamed, a file added, the backed-up file gone.
            (await database.ExecuteAsync($"UPDATE Identity_Users SET NormalizedUserName = 'RENAMED-AFTER-BACKUP' WHERE NormalizedUserName = '{Operator}'")).ShouldBe(1);
            await File.WriteAllTextAsync(later, "备份后上传的文件");
            File.Delete(kept);
            (await SignsInAsync(host)).ShouldBeFalse("the renamed account should no longer sign in");
            host.Stop();
        }

        var restore = await HostProcess.RunScriptAsync(database, _dataFolder, "deploy/restore.sh", _backupFolder, "--yes");
        restore.ExitCode.ShouldBe(0, restore.Output);

        using (var restarted = await HostProcess.StartAsync(database, _dataFolder))
        {
            (await SignsInAsync(restarted)).ShouldBeTrue(restarted.Output);
            (await database.CountAsync($"SELECT COUNT(*) FROM Identity_Users WHERE NormalizedUserName = 'RENAMED-AFTER-BACKUP'")).ShouldBe(0);
            (await File.ReadAllTextAsync(kept)).ShouldBe("备份前上传的合同");
            File.Exists(later).ShouldBeFalse("a file uploaded after the backup has no row in the restored database");
        }

        var audit = await HostProcess.RunCommandAsync(database, _dataFolder, "audit", "verify");
        audit.ExitCode.ShouldBe(0, audit.Output);
    }

    [Fact]
    public async Task A_restore_refuses_a_folder_that_is_not_a_backup_and_changes_nothing()
    {
        Directory.CreateDirectory(_backupFolder);
        var file = StoredFile("filing", "0123456789abcdef0123456789abcdef", "现有文件");

        var restore = await HostProcess.RunCommandAsync(_factory.Database, _dataFolder, "restore", _backupFolder);

        restore.ExitCode.ShouldBe(1);
        restore.Output.ShouldContain("不是平台备份");
        File.Exists(file).ShouldBeTrue();
    }

    [Fact]
    public async Task A_backup_refuses_a_folder_that_already_holds_files()
    {
        Directory.CreateDirectory(_backupFolder);
        await File.WriteAllTextAsync(Path.Combine(_backupFolder, "backup.json"), "{}");

        var backup = await HostProcess.RunCommandAsync(_factory.Database, _dataFolder, "backup", _backupFolder);

        backup.ExitCode.ShouldBe(1);
        backup.Output.ShouldContain("不为空");
        (await File.ReadAllTextAsync(Path.Combine(_backupFolder, "backup.json"))).ShouldBe("{}");
    }

    public void Dispose()
    {
        TestDatabase.DeleteFolder(_dataFolder);
        TestDatabase.DeleteFolder(_backupFolder);
        _factory.Dispose();
    }

    private string StoredFile(string category, string id, string content)
    {
        var path = Path.Combine(_dataFolder, "files", category, id);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<bool> SignsInAsync(HostProcess host)
    {
        using var client = host.ClientFor(_factory);
        var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.UserName"] = Operator,
            ["Input.Password"] = PlatformFactory.DemoPassword,
        });
        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
