using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Platform.Operations;

/// <summary>
/// Test-only: with <c>Testing:PauseAt</c> naming a point, the process prints <c>PAUSED AT &lt;point&gt;</c> when it gets
/// there and waits for ever, so that a crash test can SIGKILL it at that exact step (a step's transaction saved and not
/// committed, a file written and no row yet, a handler committed and its message not yet marked). Only the Testing
/// environment reads the setting; any other refuses to start with it set, so no configuration can make production hang.
/// </summary>
public sealed class PausePoints
{
    public const string Setting = "Testing:PauseAt";

    private readonly string? _point;

    private PausePoints(string? point) => _point = point;

    /// <summary>No point: what every host outside a crash test gets.</summary>
    public static PausePoints None { get; } = new(null);

    public static PausePoints From(IConfiguration configuration, IHostEnvironment environment)
    {
        var point = configuration[Setting];
        if (string.IsNullOrWhiteSpace(point))
        {
            return None;
        }

        if (!environment.IsEnvironment(PlatformEnvironments.Testing))
        {
            throw new InvalidOperationException($"{Setting} 只用于 Testing 环境的崩溃测试，{environment.EnvironmentName} 环境不得设置：请删除该配置。");
        }

        return new PausePoints(point.Trim());
    }

    /// <summary>Returns at once unless <paramref name="point"/> is the configured one; then never.</summary>
    public Task ReachedAsync(string point)
    {
        if (_point is null || !string.Equals(_point, point, StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        Console.Out.WriteLine($"PAUSED AT {point}");
        Console.Out.Flush();
        return Task.Delay(Timeout.Infinite);
    }
}
