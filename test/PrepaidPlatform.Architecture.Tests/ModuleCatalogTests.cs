using PrepaidPlatform.Platform;
using PrepaidPlatform.Platform.Modularity;

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
        error.Message.ShouldBe("模块 Top 依赖 Middle，但宿主的模块清单中没有 Middle。");
    }

    [Fact]
    public void A_dependency_cycle_stops_the_start_and_names_the_cycle()
    {
        var error = Should.Throw<ModuleConfigurationException>(() => ModuleCatalog.Create([typeof(CycleA), typeof(CycleB)]));
        error.Message.ShouldBe("模块依赖存在循环：CycleA → CycleB → CycleA");
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
