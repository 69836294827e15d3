using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using PrepaidPlatform.Benchmarks.Seeding;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Security;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Benchmarks.Figures;

/// <summary>
/// A district reviewer for work done in a service scope rather than through a page: the principal the sign-in cookie would
/// carry (user, side, district, review permission) on the scope's HTTP context, which is where the platform's current user,
/// tenant and permission checker read it. Nothing in the host is replaced, so the pages measured in the same run see the
/// real sign-in.
/// </summary>
internal static class ReviewerActor
{
    public static async Task<ClaimsPrincipal> PrincipalAsync(string connectionString, District district, CancellationToken cancellationToken)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new MySqlCommand("SELECT Id FROM Identity_Users WHERE UserName = @name", connection);
        command.Parameters.AddWithValue("@name", district.Reviewer);
        var id = await command.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException($"No demo reviewer {district.Reviewer}.");
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!),
            new Claim(ClaimTypes.Name, district.Reviewer),
            new Claim(PlatformClaimTypes.Side, nameof(PlatformSide.District)),
            new Claim(PlatformClaimTypes.TenantId, district.Id.ToString()),
            new Claim(PlatformClaimTypes.Permission, WorkflowPermissions.Review),
        ], "benchmark", ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Acts as <paramref name="principal"/> in <paramref name="scope"/> until disposed.</summary>
    public static IDisposable Enter(IServiceProvider scope, ClaimsPrincipal principal)
    {
        var accessor = scope.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope };
        return new Leave(accessor);
    }

    private sealed class Leave(IHttpContextAccessor accessor) : IDisposable
    {
        public void Dispose() => accessor.HttpContext = null;
    }
}
