using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrepaidPlatform.Identity.Application;
using PrepaidPlatform.Identity.Data;
using PrepaidPlatform.Identity.Domain;
using PrepaidPlatform.Identity.Web;
using PrepaidPlatform.Notifications;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Authorization;
using PrepaidPlatform.Platform.Data;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Platform.Navigation;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Identity;

/// <summary>Accounts, roles, sign-in with two factors for staff, and the city's staff administration.</summary>
[DependsOn(typeof(PlatformKernelModule))]
[DependsOn(NotificationsContracts.ModuleName, WorkflowsContracts.ModuleName)]
public sealed class IdentityModule : PlatformModule
{
    public override string Name => IdentityContracts.ModuleName;

    public override IReadOnlyList<string> TablePrefixes => [IdentityModelConfiguration.Prefix];

    public override void ConfigureServices(ModuleServiceContext context)
    {
        var services = context.Services;
        services.AddIdentity<PlatformUser, PlatformRole>(o =>
            {
                // 注册 · 密码: 8–16 characters with digits, upper and lower case and one of !@#$%^&*.
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                // 登录: five wrong passwords lock the account for 30 minutes.
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(30);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddUserStore<PlatformUserStore>()
            .AddUserManager<PlatformUserManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PlatformClaimsPrincipalFactory>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddPasswordValidator<ManualPasswordValidator>();

        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = SignInClaims.CarryOver;
        });
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "PrepaidPlatform.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = SessionPolicy.IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = SessionPolicy.OnSigningIn;
            o.Events.OnValidatePrincipal = SessionPolicy.OnValidatePrincipal;
        });
        services.AddScoped<StaffService>();
        services.AddScoped<AccountDirectory>();
        services.AddScoped<IAccountDirectory>(sp => sp.GetRequiredService<AccountDirectory>());
        services.AddScoped<IOperatorRegistration, OperatorRegistration>();
        services.AddScoped<PasswordRecovery>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<IAdministratorChange, AdministratorChange>();
        services.AddScoped<AdminChangeReview>();
        // 待办 items of account.adminChange open the district's review page.
        services.AddSingleton<Workflows.IWorkflowSubjectLink>(new Workflows.WorkflowSubjectLink(AdminChangeRequest.SubjectType, id => $"/Identity/AdminChanges/Details/{id}"));
    }

    public override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureIdentity();

    public override void DefinePermissions(IPermissionDefinitionContext context) =>
        context.Add(IdentityPermissions.StaffManage, "管理工作人员账号", IdentityPermissions.GroupName, PlatformSide.City);

    public override void ConfigureMenu(IMenuContext context)
    {
        context.Add(new MenuItem("city.staff", "工作人员账号", "/Identity/Staff", PlatformSide.City, 100, IdentityPermissions.StaffManage));
        context.Add(new MenuItem("city.roles", "角色与权限", "/Identity/Roles", PlatformSide.City, 110, IdentityPermissions.StaffManage));
        context.Add(new MenuItem("district.adminChanges", "管理员变更审核", "/Identity/AdminChanges", PlatformSide.District, 300, Workflows.WorkflowPermissions.Review));
    }

    public override void ConfigureAfterAuthentication(IApplicationBuilder app) => app.UseMiddleware<MfaEnforcementMiddleware>();

    public override Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => IdentitySeeder.SeedAsync(services, cancellationToken);
}
