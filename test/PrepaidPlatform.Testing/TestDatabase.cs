using Microsoft.EntityFrameworkCore;
using MySqlConnector;
using PrepaidPlatform.Host;
using PrepaidPlatform.Host.Data;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Testing;

/// <summary>
/// A throw-away database for one host: a temp SQLite file, or — when <c>TEST_DB_PROVIDER=MySql</c> — a fresh
/// database on the MariaDB server that <c>test.sh</c> started (<c>TEST_MYSQL_CONNECTION</c>, without a database name).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string provider, string connectionString, Action cleanup)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cleanup = cleanup;
    }

    private readonly Action _cleanup;

    public string Provider { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Where the SQLite files and the hosts' data folders go: in memory (<c>/dev/shm</c>) when the machine has room there,
    /// else the temp folder. Every commit of every host syncs its file to disk otherwise, and throw-away files need no
    /// durability; SQLite behaves the same on either.
    /// </summary>
    public static string Folder { get; } = ChooseFolder();

    public static bool IsMySql => string.Equals(Environment.GetEnvironmentVariable("TEST_DB_PROVIDER"), "MySql", StringComparison.OrdinalIgnoreCase);

    internal static string MySqlServer => Environment.GetEnvironmentVariable("TEST_MYSQL_CONNECTION")
        ?? throw new InvalidOperationException("TEST_DB_PROVIDER=MySql needs TEST_MYSQL_CONNECTION (test.sh sets both).");

    /// <summary>A database with every migration applied (a copy of the process's <see cref="MigratedTemplate"/>) and no data.</summary>
    public static TestDatabase Create() => Create(migrated: true);

    /// <summary>A database without any table, for tests of the migrations themselves.</summary>
    public static TestDatabase CreateEmpty() => Create(migrated: false);

    /// <summary>
    /// A database that exists already and outlives this object: the template while a host seeds it, or a database another
    /// process made (the benchmarks start a second host process on their seeded city to measure that host alone).
    /// </summary>
    public static TestDatabase Existing(string provider, string connectionString) => new(provider, connectionString, () => { });

    /// <summary>A context of the host's provider on this database, outside any host (no interceptors, no tenant).</summary>
    public PlatformDbContext CreateContext() => CreateContext(Provider, ConnectionString);

    public void Dispose() => _cleanup();

    internal static PlatformDbContext CreateContext(string provider, string connectionString)
    {
        var dependencies = PlatformDbContextDependencies.ForDesignTime(ModuleCatalog.Create(HostModules.Types));
        return provider == "MySql"
            ? new MySqlPlatformDbContext(new DbContextOptionsBuilder<MySqlPlatformDbContext>()
                .UseMySql(connectionString, ServerVersion.AutoDetect(connectionString)).UsePlatformDependencies(dependencies).Options)
            : new SqlitePlatformDbContext(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(connectionString).UsePlatformDependencies(dependencies).Options);
    }

    internal static string CreateMySqlDatabase(string server, string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    internal static void DropMySqlDatabase(string server, string name) => Execute(server, $"DROP DATABASE IF EXISTS `{name}`");

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a late background task: the temp folder is cleaned by the OS.
        }
    }

    private static TestDatabase Create(bool migrated)
    {
        if (IsMySql)
        {
            var server = MySqlServer;
            var name = migrated ? MySqlCopies.Take(server) : CreateMySqlDatabase(server, "pp_");
            return new TestDatabase("MySql", new MySqlConnectionStringBuilder(server) { Database = name }.ConnectionString, () => MySqlCopies.Drop(server, name));
        }

        var folder = Path.Combine(Folder, Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "test.db");
        if (migrated)
        {
            MigratedTemplate.CopySqliteTo(file);
        }

        return new TestDatabase("Sqlite", $"Data Source={file};Default Timeout=30;Pooling=False", () => DeleteFolder(folder));
    }

    private static string ChooseFolder()
    {
        const string memory = "/dev/shm";
        try
        {
            if (Directory.Exists(memory) && new DriveInfo(memory).AvailableFreeSpace > 1L << 30)
            {
                return Path.Combine(memory, "pp-tests");
            }
        }
        catch (IOException)
        {
            // No usable memory file system: the temp folder.
        }

        return Path.Combine(Path.GetTempPath(), "pp-tests");
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new MySqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Copies of the MySQL template, one made ahead while the tests of the last one run, and databases dropped in the
    /// background: creating a hundred tables, and dropping them, took seconds of the MariaDB server's disk work per class
    /// fixture, which the test threads waited for. Whatever is still pending when the process ends is finished then.
    /// </summary>
    private static class MySqlCopies
    {
        private static readonly Lock Gate = new();
        private static readonly List<Task> Drops = [];
        private static Task<string>? _next;

        static MySqlCopies() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DrainPending();

        public static string Take(string server)
        {
            Task<string> copy;
            lock (Gate)
            {
                copy = _next ?? Task.Run(() => NewCopy(server));
                _next = Task.Run(() => NewCopy(server));
            }

            return copy.GetAwaiter().GetResult();
        }

        public static void Drop(string server, string name)
        {
            lock (Gate)
            {
                Drops.RemoveAll(d => d.IsCompleted);
                Drops.Add(Task.Run(() => DropMySqlDatabase(server, name)));
            }
        }

        private static string NewCopy(string server)
        {
            var name = CreateMySqlDatabase(server, "pp_");
            MigratedTemplate.CloneMySqlInto(server, name);
            return name;
        }

        private static void DrainPending()
        {
            Task[] pending;
            lock (Gate)
            {
                var unused = _next;
                _next = null;
                pending = [.. Drops, unused is null ? Task.CompletedTask : unused.ContinueWith(
                    t =>
                    {
                        if (t.IsCompletedSuccessfully)
                        {
                            DropMySqlDatabase(MySqlServer, t.Result);
                        }
                    },
                    TaskScheduler.Default)];
            }

            try
            {
                Task.WaitAll(pending, TimeSpan.FromSeconds(60));
            }
            catch (AggregateException)
            {
                // A drop that failed leaves a database on the throw-away server, which test.sh removes with its folder.
            }
        }
    }
}
