namespace PrepaidPlatform.Filing.Documents;

/// <summary>
/// A template the operator downloads, prints, has filled in, signed and sealed, then uploads (承诺书; 存管账户证明, which
/// the bank fills in): the same content as PDF and as Word. What the platform knows is prefilled; an empty value is a
/// blank to fill in by hand.
/// </summary>
/// <param name="Rows">The facts at the top, as label and value (empty: left blank).</param>
/// <param name="Lead">The sentence before the paragraphs, e.g. 本单位郑重承诺：.</param>
/// <param name="Paragraphs">The wording, one paragraph each (the city's setting, line by line).</param>
/// <param name="Signatures">Signature, seal and date lines, at the right below the wording.</param>
/// <param name="Footer">A small note at the bottom of the page: where the template came from.</param>
internal sealed record FillInTemplate(
    string Title,
    string FileName,
    IReadOnlyList<(string Label, string Value)> Rows,
    string? Lead,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Signatures,
    string Footer);
