// 存管账单导入: shows the upload's progress, then that the server is checking the rows, and replaces the page with the
// server's answer. Without JavaScript the form posts as usual; the texts come from the page (data attributes), not from here.
(function () {
    'use strict';
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.hasAttribute('data-import-form') || !window.FormData || !window.XMLHttpRequest || !form.checkValidity()) {
            return;
        }

        event.preventDefault();
        var box = form.querySelector('[data-import-progress]');
        var bar = box.querySelector('progress');
        var text = box.querySelector('[data-import-progress-text]');
        var button = form.querySelector('button[type=submit]');
        box.classList.remove('d-none');
        button.disabled = true;

        var request = new XMLHttpRequest();
        request.open('POST', form.action || window.location.href);
        request.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                bar.value = Math.round(e.loaded * 100 / e.total);
                text.textContent = form.getAttribute('data-text-uploading') + ' ' + bar.value + '%';
            }
        });
        request.upload.addEventListener('load', function () {
            bar.removeAttribute('value'); // indeterminate while the server checks and stores the rows
            text.textContent = form.getAttribute('data-text-checking');
        });
        request.addEventListener('load', function () {
            document.open();
            document.write(request.responseText);
            document.close();
        });
        request.addEventListener('error', function () {
            button.disabled = false;
            text.textContent = form.getAttribute('data-text-failed');
        });
        request.send(new FormData(form));
    });
}());
