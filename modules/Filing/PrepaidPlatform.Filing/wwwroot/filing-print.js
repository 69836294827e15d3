// 打印 buttons: the page's CSP allows no inline handlers, so print is wired here.
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
