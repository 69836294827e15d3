using Microsoft.AspNetCore.Mvc;

namespace PrepaidPlatform.Platform.Web;

/// <summary>
/// Messages of model binding (a date or number that cannot be read) in Chinese, like every other message of the UI;
/// the framework's defaults are English. The field is named by its <c>[Display(Name = "…")]</c>.
/// </summary>
internal static class ChineseModelBindingMessages
{
    public static void Apply(MvcOptions options)
    {
        var messages = options.ModelBindingMessageProvider;
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”不是有效的值。");
        messages.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无效。");
        messages.SetValueMustBeANumberAccessor(field => $"{field}须为数字。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "须为数字。");
        messages.SetMissingBindRequiredValueAccessor(field => $"请填写{field}。");
        messages.SetMissingKeyOrValueAccessor(() => "请填写该项。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空。");
        messages.SetValueMustNotBeNullAccessor(value => $"请填写{value}。");
    }
}
