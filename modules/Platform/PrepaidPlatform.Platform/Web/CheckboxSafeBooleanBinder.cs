using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PrepaidPlatform.Platform.Web;

/// <summary>
/// Binds <see cref="bool"/> as the framework does, except for a value that is not a boolean: the framework kept that text
/// as the field's raw value, and a page that showed its form again rendered the checkbox from it — the checkbox tag helper
/// converts the raw value to <see cref="bool"/> and threw, so a forged <c>Input.DistrictAdmin=x</c> answered 500 (issue 15
/// item 4; found by the form fuzz). Here the refusal is the same Chinese message and the raw value an unchecked box.
/// </summary>
internal sealed class CheckboxSafeBooleanBinder : IModelBinder
{
    public static void Apply(MvcOptions options) => options.ModelBinderProviders.Insert(0, new Provider());

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var name = bindingContext.ModelName;
        var posted = bindingContext.ValueProvider.GetValue(name);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = posted.FirstValue?.Trim();
        if (bool.TryParse(text, out var value))
        {
            bindingContext.ModelState.SetModelValue(name, posted);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        var metadata = bindingContext.ModelMetadata;
        if (string.IsNullOrEmpty(text) && metadata.IsReferenceOrNullableType)
        {
            bindingContext.ModelState.SetModelValue(name, posted);
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(name, rawValue: false, attemptedValue: posted.FirstValue);
        var messages = metadata.ModelBindingMessageProvider;
        bindingContext.ModelState.TryAddModelError(name, string.IsNullOrEmpty(text)
            ? messages.ValueMustNotBeNullAccessor(posted.FirstValue ?? string.Empty)
            : messages.AttemptedValueIsInvalidAccessor(posted.FirstValue!, metadata.GetDisplayName()));
        return Task.CompletedTask;
    }

    private sealed class Provider : IModelBinderProvider
    {
        private static readonly CheckboxSafeBooleanBinder Binder = new();

        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) ? Binder : null;
    }
}
