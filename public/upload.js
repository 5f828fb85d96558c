// The documents form with JavaScript: as soon as a file is chosen, loads upload-send.js (once),
// which then sends the file in parts with progress. Plain ES5. Without JavaScript, or before that
// script has loaded, the plain form posts the file as it is (UploadForm.tsx).
(function () {
  var form = document.querySelector('form[data-upload]');
  var input = document.getElementById('file');
  if (!form || !input || !window.XMLHttpRequest || !window.Blob || !input.addEventListener) return;
  var loading = false;

  function load() {
    if (loading) return;
    loading = true;
    var script = document.createElement('script');
    script.src = form.getAttribute('data-send-script');
    script.async = true;
    // Could not load (a dropped connection): a form held back goes as the plain form.
    script.onerror = function () {
      loading = false;
      if (form.getAttribute('data-upload-pending')) {
        form.removeAttribute('data-upload-pending');
        form.submit();
      }
    };
    document.body.appendChild(script);
  }

  input.addEventListener('change', load);
  // "Send" before upload-send.js has arrived: hold the form until it takes over, so a large
  // photo is still made smaller and sent in parts.
  form.addEventListener('submit', function (event) {
    if (!loading || form.getAttribute('data-upload-active')) return;
    event.preventDefault();
    form.setAttribute('data-upload-pending', '1');
  });
  // A file kept by the browser (back button, reload) counts as chosen.
  if (input.files && input.files.length > 0) load();
})();
