namespace PrepaidPlatform.Platform.Modularity;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] moduleTypes) : Attribute
{
    public IReadOnlyList<Type> ModuleTypes { get; } = moduleTypes;
}
