using System.Diagnostics;
using Microsoft.Data.Sqlite;
using MySqlConnector;
using PrepaidPlatform.Platform.Data;

namespace PrepaidPlatform.Platform.Operations;

/// <summary>The configured database copied to a file of the backup folder and back.</summary>
internal sealed class DatabaseBackup(DatabaseOptions options)
{
    private const string SqliteFile = "database.sqlite";
    private const string DumpFile = "database.sql";

    public DatabaseProvider Provider => options.Provider;

    private string ConnectionString => options.ConnectionString
        ?? throw new BackupException("未配置 Database:ConnectionString。");

    /// <returns>The file's name inside <paramref name="folder"/>.</returns>
    public async Task<string> BackupAsync(string folder, CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            // SQLite's online backup: a consistent copy page by page while the platform keeps writing (WAL included).
            await using var source = new SqliteConnection(ConnectionString);
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, SqliteFile), Pooling = false }.ToString());
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return SqliteFile;
        }

        var server = new MySqlConnectionStringBuilder(ConnectionString);
        // One transaction of REPEATABLE READ: a consistent snapshot of InnoDB without locking the running platform.
        await RunClientAsync("mariadb-dump", server,
            ["--single-transaction", "--quick", "--routines", "--triggers", "--hex-blob", "--default-character-set=utf8mb4",
                $"--result-file={Path.Combine(folder, DumpFile)}", server.Database], input: null, cancellationToken);
        return DumpFile;
    }

    /// <summary>Replaces the configured database's content with the backup's; every platform instance must be stopped.</summary>
    public async Task RestoreAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"备份中缺少数据库文件 {file}。");
        }

        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await using var target = new SqliteConnection(ConnectionString);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            return;
        }

        var server = new MySqlConnectionStringBuilder(ConnectionString);
        await DropTablesAsync(server, cancellationToken);
        // Without --databases the dump names no database: it goes into the configured one, whatever the backup's was called.
        await RunClientAsync("mariadb", server, ["--default-character-set=utf8mb4", server.Database], file, cancellationToken);
    }

    /// <summary>Tables a later version created would otherwise survive the restore beside the backup's.</summary>
    private static async Task DropTablesAsync(MySqlConnectionStringBuilder server, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var tables = new List<string>();
        await using (var list = new MySqlCommand("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", connection))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count == 0)
        {
            return;
        }

        var drop = "SET FOREIGN_KEY_CHECKS = 0; DROP TABLE " + string.Join(", ", tables.Select(t => $"`{t.Replace("`", "``", StringComparison.Ordinal)}`")) + "; SET FOREIGN_KEY_CHECKS = 1;";
        await using var command = new MySqlCommand(drop, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs the MariaDB client <paramref name="tool"/> on the configured server; the password goes in the environment, not the command line.</summary>
    private static async Task RunClientAsync(string tool, MySqlConnectionStringBuilder server, IEnumerable<string> arguments, string? input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardInput = input is not null, UseShellExecute = false };
        if (server.ConnectionProtocol == MySqlConnectionProtocol.UnixSocket)
        {
            start.ArgumentList.Add($"--socket={server.Server}");
        }
        else
        {
            start.ArgumentList.Add($"--host={server.Server}");
            start.ArgumentList.Add($"--port={server.Port}");
            start.ArgumentList.Add("--protocol=TCP");
        }

        start.ArgumentList.Add($"--user={server.UserID}");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MYSQL_PWD"] = server.Password;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupException($"无法运行 {tool}（请安装 MariaDB 客户端，Debian 为 mariadb-client）：{e.Message}");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            if (input is not null)
            {
                await using (var file = File.OpenRead(input))
                {
                    await file.CopyToAsync(process.StandardInput.BaseStream, cancellationToken);
                }

                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0)
            {
                throw new BackupException($"{tool} 失败（退出码 {process.ExitCode}）：{(await errors).Trim()}");
            }
        }
    }
}
