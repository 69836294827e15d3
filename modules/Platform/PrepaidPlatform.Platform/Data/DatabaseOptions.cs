namespace PrepaidPlatform.Platform.Data;

/// <summary><c>Database:Provider</c> (Sqlite | MySql) and <c>Database:ConnectionString</c>; environment variables override both (<c>Database__ConnectionString</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty with SQLite: a file <c>prepaid.db</c> in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>MySQL/MariaDB server version such as <c>10.11.6-mariadb</c>; detected from the server when empty.</summary>
    public string? ServerVersion { get; set; }

    /// <summary>Where the SQLite file and uploaded files live; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>
    /// How many idle contexts the pool keeps (<see cref="PlatformDatabaseRegistration"/>): each keeps its internal services
    /// in memory; beyond it a busy moment's extra contexts are made and dropped as without pooling.
    /// </summary>
    public int ContextPoolSize { get; set; } = 128;
}

public enum DatabaseProvider
{
    Sqlite = 1,
    MySql = 2,
}
