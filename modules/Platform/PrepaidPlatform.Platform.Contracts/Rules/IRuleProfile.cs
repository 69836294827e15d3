namespace PrepaidPlatform.Platform.Rules;

/// <summary>The rule figures in force, read from the settings of the "规则配置" group (the city may change each one).</summary>
public interface IRuleProfile
{
    Task<RuleFigures> GetAsync(CancellationToken cancellationToken = default);
}
