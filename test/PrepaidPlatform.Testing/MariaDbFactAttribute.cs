using Xunit;

namespace PrepaidPlatform.Testing;

/// <summary>
/// A test of what only the MariaDB deployment does (several instances on one database, Quartz clustered): skipped, with
/// the reason, in the SQLite lane, where the platform is one embedded instance.
/// </summary>
public sealed class MariaDbFactAttribute : FactAttribute
{
    public MariaDbFactAttribute()
    {
        if (!TestDatabase.IsMySql)
        {
            Skip = "several instances run on MariaDB only (TEST_DB_PROVIDER=MySql)";
        }
    }
}
