using Microsoft.AspNetCore.Builder;
using PrepaidPlatform.Host;
using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Modularity;
using PrepaidPlatform.Workflows;

namespace PrepaidPlatform.Architecture.Tests;

/// <summary>The host starts its modules in dependency order and refuses a broken module list with a message that names the modules.</summary>
public sealed class ModuleCatalogTests
{
    [Fact]
    public void Modules_are_ordered_after_their_dependencies_whatever_order_the_host_lists_them_in()
    {
        var catalog = ModuleCatalog.Create([typeof(Top), typeof(Middle), typeof(PlatformKernelModule)]);
        catalog.Modules.Select(m => m.GetType()).ShouldBe([typeof(PlatformKernelModule), typeof(Middle), typeof(Top)]);
    }

    [Fact]
    public void A_dependency_the_host_does_not_list_stops_the_start()
    {
        var error = Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Create([typeof(Top), typeof(PlatformKernelModule)]));
        error.Message.ShouldBe("模块 Top 依赖的模块 Middle 未在宿主中注册，请把它的模块类加入宿主的模块清单。" +
                               "Module Top requires module Middle, which the host does not register: add its module class to the host's module list.");
    }

    [Fact]
    public void The_host_does_not_start_without_a_module_that_its_modules_require_by_contract_name()
    {
        var builder = WebApplication.CreateBuilder();
        var error = Should.Throw<ModuleConfigurationException>(() =>
            builder.AddPlatformModules(HostModules.Types.Where(t => t != typeof(WorkflowsModule))));
        error.Message.ShouldContain("模块 Filing 依赖的模块 Workflows 未在宿主中注册");
        error.Message.ShouldContain("Module Filing requires module Workflows");
        error.Message.ShouldContain("模块 Identity 依赖的模块 Workflows 未在宿主中注册");
    }

    [Fact]
    public void The_hosts_module_list_starts_the_kernel_first_and_every_module_after_what_it_requires()
    {
        var order = ModuleCatalog.Create(HostModules.Types).Modules.Select(m => m.Name).ToList();
        order[0].ShouldBe("PlatformKernel");
        order.IndexOf("Filing").ShouldBeGreaterThan(order.IndexOf("Workflows"));
        order.IndexOf("Filing").ShouldBeGreaterThan(order.IndexOf("Identity"));
        order.IndexOf("Identity").ShouldBeGreaterThan(order.IndexOf("Notifications"));
    }

    [Fact]
    public void A_dependency_cycle_stops_the_start_and_names_the_cycle()
    {
        var error = Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Create([typeof(CycleA), typeof(CycleB)]));
        error.Message.ShouldBe("模块依赖存在循环：CycleA → CycleB → CycleA。Module dependencies form a cycle.");
    }

    [Fact]
    public void A_type_that_is_not_a_module_is_refused()
    {
        Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Create([typeof(string)]));
    }

    [DependsOn(typeof(PlatformKernelModule))]
    private sealed class Middle : PlatformModule;

    [DependsOn(typeof(Middle))]
    private sealed class Top : PlatformModule;

    [DependsOn(typeof(CycleB))]
    private sealed class CycleA : PlatformModule;

    [DependsOn(typeof(CycleA))]
    private sealed class CycleB : PlatformModule;
}
