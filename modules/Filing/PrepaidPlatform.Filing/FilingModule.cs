using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Filing.Data;
using PrepaidPlatform.Filing.Onboarding;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Modularity;

namespace PrepaidPlatform.Filing;

/// <summary>Operator onboarding and filing (备案). This session: electronic business licence verification (F1, step one).</summary>
// Identity is reached through its contracts only (IAccountDirectory); the host supplies the implementation.
[DependsOn(typeof(PlatformKernelModule))]
public sealed class FilingModule : PlatformModule
{
    public override IReadOnlyList<string> TablePrefixes => [FilingModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        // The national service plugs in here by configuration (Filing:LicenceVerifier); the sandbox is the only one so far.
        var verifier = context.Configuration["Filing:LicenceVerifier"] ?? "Sandbox";
        if (verifier != "Sandbox")
        {
            throw new InvalidOperationException($"未知的电子营业执照验证服务：{verifier}（可用：Sandbox）。");
        }

        context.Services.AddSingleton<SandboxLicenceVerifier>();
        context.Services.AddSingleton<IBusinessLicenceVerifier>(sp => sp.GetRequiredService<SandboxLicenceVerifier>());
        context.Services.AddScoped<LicenceOnboarding>();
        context.Services.AddScoped<Numbering.FilingNumberAllocator>();
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureFiling();
}
