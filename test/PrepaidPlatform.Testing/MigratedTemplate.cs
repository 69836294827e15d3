using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

namespace PrepaidPlatform.Testing;

/// <summary>
/// The migrations and the modules' seed run once per test process, into a template; every <see cref="TestDatabase"/>
/// starts as a copy of it. Migrating, then seeding (districts, calendar, roles, ~20 demo accounts, workflow definitions,
/// templates, each with its audit rows) were most of a host's start, for every class fixture on both providers; a copy
/// takes a fraction of that, and the host's own start then finds nothing pending and every seed present (the seeders
/// skip what exists, as on a production restart). The demo accounts' personal data is encrypted with the process's one
/// pair of keys (<see cref="PlatformFactory"/>). The template host's job rows are removed: each host schedules its own.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly Lazy<string> SqliteFile = new(CreateSqliteTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<MySqlSchema> MySql = new(CreateMySqlTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Copies the template into a new SQLite file. The template is closed and in rollback-journal mode, so the one file is the whole database.</summary>
    public static void CopySqliteTo(string file) => File.Copy(SqliteFile.Value, file);

    /// <summary>Creates the tables of the template in an existing, empty MySQL database and copies their rows (the migrations history).</summary>
    public static void CloneMySqlInto(string server, string database)
    {
        var template = MySql.Value;
        using var connection = Open(server, database);
        using var command = connection.CreateCommand();
        // Tables are created in name order, before the tables their foreign keys name: checks off for this session only.
        command.CommandText = "SET FOREIGN_KEY_CHECKS = 0;\n"
            + string.Join(";\n", template.CreateStatements)
            + ";\n"
            + string.Join(";\n", template.Tables.Select(t => $"INSERT INTO `{t}` SELECT * FROM `{template.Name}`.`{t}`"))
            + ";\nSET FOREIGN_KEY_CHECKS = 1";
        command.ExecuteNonQuery();
    }

    private static string CreateSqliteTemplate()
    {
        var folder = Path.Combine(TestDatabase.Folder, "template-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "template.db");
        // Without pooling the connection really closes, so nothing of the template stays open or in a journal when it is copied.
        using (var db = TestDatabase.CreateContext("Sqlite", $"Data Source={file};Pooling=False"))
        {
            db.Database.Migrate();
        }

        Seed("Sqlite", $"Data Source={file};Default Timeout=30;Pooling=False");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // The host switched the file to WAL; back to a rollback journal, so the closed file alone is the database.
            command.CommandText = "PRAGMA foreign_keys = OFF;\n"
                + string.Concat(QuartzTables(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'QRTZ!_%' ESCAPE '!'").Select(t => $"DELETE FROM \"{t}\";\n"))
                + "PRAGMA journal_mode = DELETE;";
            command.ExecuteNonQuery();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestDatabase.DeleteFolder(folder);
        return file;
    }

    private static MySqlSchema CreateMySqlTemplate()
    {
        var server = TestDatabase.MySqlServer;
        var name = TestDatabase.CreateMySqlDatabase(server, "pp_tpl_");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TestDatabase.DropMySqlDatabase(server, name);
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        using (var db = TestDatabase.CreateContext("MySql", connectionString))
        {
            db.Database.Migrate();
        }

        Seed("MySql", connectionString);
        using var connection = Open(server, name);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SET FOREIGN_KEY_CHECKS = 0;\n"
                + string.Concat(QuartzTables(connection, "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME LIKE 'QRTZ!_%' ESCAPE '!'").Select(t => $"DELETE FROM `{t}`;\n"))
                + "SET FOREIGN_KEY_CHECKS = 1";
            command.ExecuteNonQuery();
        }

        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        // SHOW CREATE TABLE keeps what CREATE TABLE … LIKE would drop: the foreign keys.
        var statements = tables.Select(table =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SHOW CREATE TABLE `{table}`";
            using var reader = command.ExecuteReader();
            reader.Read();
            return reader.GetString(1);
        }).ToList();
        return new MySqlSchema(name, tables, statements);
    }

    /// <summary>Starts a host on the template (the test hosts' settings and services), which seeds it, and stops it.</summary>
    private static void Seed(string provider, string connectionString)
    {
        using var host = new TemplateHost(TestDatabase.Existing(provider, connectionString));
        _ = host.Services;
    }

    private static List<string> QuartzTables(DbConnection connection, string query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static MySqlConnection Open(string server, string database)
    {
        var connection = new MySqlConnection(new MySqlConnectionStringBuilder(server) { Database = database }.ConnectionString);
        connection.Open();
        return connection;
    }

    private sealed class TemplateHost(TestDatabase database) : PlatformFactory(database);

    private sealed record MySqlSchema(string Name, IReadOnlyList<string> Tables, IReadOnlyList<string> CreateStatements);
}
