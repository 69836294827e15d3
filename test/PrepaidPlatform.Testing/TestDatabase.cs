using MySqlConnector;

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

    public static TestDatabase Create()
    {
        if (IsMySql)
        {
            var server = Environment.GetEnvironmentVariable("TEST_MYSQL_CONNECTION")
                ?? throw new InvalidOperationException("TEST_DB_PROVIDER=MySql needs TEST_MYSQL_CONNECTION (test.sh sets both).");
            var name = "pp_" + Guid.NewGuid().ToString("N")[..12];
            Execute(server, $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            var builder = new MySqlConnectionStringBuilder(server) { Database = name };
            return new TestDatabase("MySql", builder.ConnectionString, () => Execute(server, $"DROP DATABASE IF EXISTS `{name}`"));
        }

        var folder = Path.Combine(Path.GetTempPath(), "pp-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")};Default Timeout=30;Pooling=False", () =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a late background task: the temp folder is cleaned by the OS.
            }
        });
    }

    public void Dispose() => _cleanup();

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new MySqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
