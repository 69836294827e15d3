using System.Diagnostics;
using MySqlConnector;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// A MariaDB of its own, started the way <c>test.sh</c> starts one: a data folder from <c>mariadb-install-db</c> in a
/// temp folder, <c>mariadbd</c> on a free loopback port with the same settings, a password user for TCP. Disposing
/// kills the server and deletes the folder, so nothing outlives the run.
/// </summary>
internal sealed class ThrowAwayMariaDb : IDisposable
{
    private readonly string _folder;
    private readonly Process _server;

    private ThrowAwayMariaDb(string folder, Process server, string connectionString)
    {
        _folder = folder;
        _server = server;
        ConnectionString = connectionString;
    }

    /// <summary>The server without a database name, as <c>TEST_MYSQL_CONNECTION</c> is.</summary>
    public string ConnectionString { get; }

    public static async Task<ThrowAwayMariaDb> StartAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("pp-bench-").FullName;
        var user = Environment.UserName;
        var data = Path.Combine(folder, "data");
        var socket = Path.Combine(folder, "mysqld.sock");
        await RunAsync("mariadb-install-db", ["--no-defaults", $"--user={user}", $"--datadir={data}", "--auth-root-authentication-method=socket", "--skip-test-db"], cancellationToken);

        var port = LoopbackPort.Free();
        var server = Process.Start(new ProcessStartInfo(File.Exists("/usr/sbin/mariadbd") ? "/usr/sbin/mariadbd" : "mariadbd")
        {
            ArgumentList =
            {
                "--no-defaults", $"--user={user}", $"--datadir={data}", $"--socket={socket}", $"--port={port}", "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--innodb-buffer-pool-size=256M", "--innodb-flush-log-at-trx-commit=2",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci", "--max-connections=500",
                $"--log-error={Path.Combine(folder, "mariadb.log")}",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("mariadbd did not start");
        var database = new ThrowAwayMariaDb(folder, server, $"Server=127.0.0.1;Port={port};User ID=ppbench;Password=ppbench;Allow User Variables=true");
        try
        {
            // Root signs in through the socket only (as in test.sh); the benchmark's user comes in over TCP.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await RunAsync("mariadb", ["--no-defaults", $"--socket={socket}", "-uroot", "-e",
                        "CREATE USER 'ppbench'@'127.0.0.1' IDENTIFIED BY 'ppbench'; GRANT ALL PRIVILEGES ON *.* TO 'ppbench'@'127.0.0.1';"], cancellationToken);
                    break;
                }
                catch (InvalidOperationException) when (attempt < 60 && !server.HasExited)
                {
                    await Task.Delay(500, cancellationToken);
                }
            }

            await using var connection = new MySqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
            _server.WaitForExit(10_000);
        }

        _server.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file the server still held: the temp folder is the OS's to clean.
        }
    }

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
