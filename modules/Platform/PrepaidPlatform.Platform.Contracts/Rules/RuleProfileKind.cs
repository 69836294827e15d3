namespace PrepaidPlatform.Platform.Rules;

/// <summary>Whose regulation the deployment follows (REFERENCE.md "Rule profiles"); Beijing is the default.</summary>
public enum RuleProfileKind
{
    /// <summary>《北京市单用途预付卡管理条例》(2022) and 实施办法 京商秩字〔2023〕18号.</summary>
    Beijing = 1,

    /// <summary>《上海市单用途预付消费卡管理规定》(2019) and its 实施办法.</summary>
    Shanghai = 2,
}
