// 消息模板 · 预览: fills the placeholders with the sample values as the city types; the server checks again on save.
(function () {
    const form = document.getElementById('template-form');
    if (!form) {
        return;
    }
    const samples = JSON.parse(form.dataset.samples || '{}');
    const unknownText = document.querySelector('[data-preview]')?.dataset.unknownText || '（有未知占位符，无法预览）';
    function render(text) {
        let unknown = false;
        const result = text.replace(/\{([^{}]*)\}/g, function (match, name) {
            if (Object.prototype.hasOwnProperty.call(samples, name)) {
                return samples[name];
            }
            unknown = true;
            return match;
        });
        return unknown ? unknownText : result;
    }
    form.querySelectorAll('[data-preview-source]').forEach(function (input) {
        const target = document.querySelector('[data-preview="' + input.dataset.previewSource + '"]');
        input.addEventListener('input', function () {
            target.textContent = render(input.value);
        });
    });
})();
