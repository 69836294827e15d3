using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PrepaidPlatform.Host.Infrastructure;

/// <summary>Prints where the platform listens and, in Development, the demo accounts (never their passwords elsewhere).</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
        Console.WriteLine();
        Console.WriteLine("  预付卡监管平台 PrepaidPlatform 已启动: " + url);
        if (app.Environment.IsDevelopment() && app.Configuration.GetValue<bool>("Seed:DemoData"))
        {
            var password = app.Configuration["Seed:DemoPassword"];
            Console.WriteLine("  演示账号（仅开发环境），密码均为 " + password + ":");
            Console.WriteLine("    市商务委管理员  cityadmin            （首次登录须绑定身份验证器）");
            Console.WriteLine("    区审核员        reviewer110107 等     （reviewer + 区划代码，如 reviewer110108 海淀区）");
            Console.WriteLine("    区管理员        admin110107 等        （本区设置与本区流程，不办理审核）");
            Console.WriteLine("    经营者（演示企业2）91110107MA01AB2C3C");
        }

        Console.WriteLine();
    }
}
