// The manual's “0/99” counters under limited text fields, kept live as the user types. A script file, not inline: the
// page's CSP allows scripts from this site only. The server renders the count too, so without script it is still right
// when the page loads.
document.querySelectorAll('[data-counter-for]').forEach(counter => {
    const field = document.getElementById(counter.dataset.counterFor);
    if (!field) {
        return;
    }

    const show = () => { counter.textContent = `${field.value.length}/${field.maxLength}`; };
    field.addEventListener('input', show);
    show();
});
