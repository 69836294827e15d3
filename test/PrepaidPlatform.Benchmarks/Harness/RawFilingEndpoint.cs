using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using MySqlConnector;

namespace PrepaidPlatform.Benchmarks.Harness;

/// <summary>
/// The public page's raw baseline: <c>GET /bench/raw/{备案编号}</c> in the same process, ahead of the whole pipeline,
/// reads the same filing with what the page shows of it (application, licence, district) in one MySqlConnector query
/// and writes it as a bare HTML fragment. What the page costs beyond this is the platform's own cost.
/// </summary>
internal sealed class RawFilingEndpoint(string connectionString) : IStartupFilter
{
    public const string Path = "/bench/raw";

    /// <summary>The raw endpoint's SQL commands per request: the one joined query.</summary>
    public const int Commands = 1;

    private const string Query = """
        SELECT f.FilingNumber, f.Uscc, f.FiledOn, f.CodeSuspended, f.Status, a.ShopName, a.LegalRepName, a.PremisesAddress, a.IndustryCode,
               l.Name, l.RegisteredAddress, l.TermFrom, l.TermTo, t.Name
        FROM Filing_Filings f
        JOIN Filing_Applications a ON a.Id = f.ApplicationId
        LEFT JOIN Filing_OperatorLicences l ON l.Uscc = f.Uscc
        LEFT JOIN Platform_Tenants t ON t.Id = f.TenantId
        WHERE f.FilingNumber = @number
        """;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, raw => raw.Run(ServeAsync));
        next(app);
    };

    private async Task ServeAsync(HttpContext context)
    {
        var number = context.Request.Path.Value?.TrimStart('/') ?? string.Empty;
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(context.RequestAborted);
        await using var command = new MySqlCommand(Query, connection);
        command.Parameters.AddWithValue("@number", number);
        await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
        if (!await reader.ReadAsync(context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var html = new StringBuilder("<dl>");
        for (var i = 0; i < reader.FieldCount; i++)
        {
            html.Append("<dt>").Append(reader.GetName(i)).Append("</dt><dd>")
                .Append(WebUtility.HtmlEncode(reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))
                .Append("</dd>");
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.Append("</dl>").ToString(), context.RequestAborted);
    }
}
