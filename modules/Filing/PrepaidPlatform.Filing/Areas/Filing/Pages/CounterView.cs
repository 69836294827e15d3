namespace PrepaidPlatform.Filing.Areas.Filing.Pages;

/// <summary>The manual's “0/99” under a limited text field: the count as rendered, kept live by filing-form.js.</summary>
internal sealed record CounterView(string FieldId, string? Value, int Max)
{
    public string Text => $"{Value?.Length ?? 0}/{Max}";
}
