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

    public static bool IsMySql => string.Equals(Environment.GetEnvironmentVariable("TEST_DB_PROVIDER"), "MySql", StringComparison.OrdinalIgnoreCase);

    internal static string MySqlServer => Environment.GetEnvironmentVariable("TEST_MYSQL_CONNECTION")
        ?? throw new InvalidOperationException("TEST_DB_PROVIDER=MySql needs TEST_MYSQL_CONNECTION (test.sh sets both).");

    /// <summary>A database with every migration applied (a copy of the process's <see cref="MigratedTemplate"/>) and no data.</summary>
    public static TestDatabase Create() => Create(migrated: true);

    /// <summary>A database without any table, for tests of the migrations themselves.</summary>
    public static TestDatabase CreateEmpty() => Create(migrated: false);

    /// <summary>A context of the host's provider on this database, outside any host (no interceptors, no tenant).</summary>
    public PlatformDbContext CreateContext() => CreateContext(Provider, ConnectionString);

    public void Dispose() => _cleanup();

    internal static PlatformDbContext CreateContext(string provider, string connectionString)
    {
        var dependencies = PlatformDbContextDependencies.ForDesignTime(ModuleCatalog.Create(HostModules.Types));
        return provider == "MySql"
            ? new MySqlPlatformDbContext(new DbContextOptionsBuilder<MySqlPlatformDbContext>()
                .UseMySql(connectionString, ServerVersion.AutoDetect(connectionString)).Options, dependencies)
            : new SqlitePlatformDbContext(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite(connectionString).Options, dependencies);
    }

    internal static string CreateMySqlDatabase(string server, string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return name;
    }

    internal static void DropMySqlDatabase(string server, string name) => Execute(server, $"DROP DATABASE IF EXISTS `{name}`");

    internal static void DeleteFolder(string folder)
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
            var name = CreateMySqlDatabase(server, "pp_");
            var database = new TestDatabase("MySql", new MySqlConnectionStringBuilder(server) { Database = name }.ConnectionString, () => DropMySqlDatabase(server, name));
            if (migrated)
            {
                MigratedTemplate.CloneMySqlInto(server, name);
            }

            return database;
        }

        var folder = Path.Combine(Path.GetTempPath(), "pp-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "test.db");
        if (migrated)
        {
            MigratedTemplate.CopySqliteTo(file);
        }

        return new TestDatabase("Sqlite", $"Data Source={file};Default Timeout=30;Pooling=False", () => DeleteFolder(folder));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new MySqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
