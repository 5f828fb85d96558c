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
    document.body.appendChild(script);
  }

  input.addEventListener('change', load);
  // A file kept by the browser (back button, reload) counts as chosen.
  if (input.files && input.files.length > 0) load();
})();
