namespace PrepaidPlatform.Host.Migrations.Scripts;

/// <summary>
/// Reads a SQL script embedded beside the migrations and splits it into single statements, so each provider runs
/// them one command at a time (MySQL DDL commits per statement; a failing one is then named in the error).
/// A script belongs to the migration that runs it and is never edited after release, like the migration itself.
/// </summary>
internal static class MigrationScript
{
    public static IEnumerable<string> Statements(string fileName)
    {
        var resource = "Migrations.Scripts." + fileName;
        using var stream = typeof(MigrationScript).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded script {resource} is missing.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(';')
            .Select(statement => statement.Trim())
            .Where(statement => statement.Length > 0)
            .ToList();
    }
}
