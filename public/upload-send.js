// Sends the documents form's file in parts (tus 1.0), for phones on bad connections: photos made
// smaller first, progress shown and spoken now and then, a dropped connection resumed where it
// stopped, also after a reload. Loaded by upload.js; plain ES5 (Safari 12, Chrome 61, KaiOS 2.5).
// Every word it shows comes from the form's data-text-* attributes, in the page's language.
(function () {
  var form = document.querySelector('form[data-upload]');
  var input = document.getElementById('file');
  if (!form || !input || form.getAttribute('data-upload-active')) return;
  if (!window.XMLHttpRequest || !window.Blob || !Blob.prototype.slice) return;
  form.setAttribute('data-upload-active', '1');

  var TUS = '1.0.0';
  var PHOTO_MAX_BYTES = 1024 * 1024;
  var DELAYS = [1, 2, 4, 8, 16, 30];
  var SPEAK_EVERY = 10000;
  var uploadUrl = form.getAttribute('data-upload-url');
  var doneUrl = form.getAttribute('data-done-url');
  var maxBytes = Number(form.getAttribute('data-max-bytes'));
  var chunkBytes = Number(form.getAttribute('data-chunk-bytes'));
  var longestSide = Number(form.getAttribute('data-longest-side'));
  var lang = form.elements.lang.value;
  var csrf = form.elements.csrf.value;
  var progress = document.getElementById('upload-progress');
  var progressLabel = document.getElementById('upload-progress-label');
  var status = document.getElementById('upload-status');
  var submit = document.getElementById('upload-submit');
  var busy = false;

  function text(name) {
    return form.getAttribute('data-text-' + name) || '';
  }
  function now() {
    return new Date().getTime();
  }

  // --- Spoken status: at most one message every 10 seconds; a newer one replaces a waiting one.
  var lastSpoken = 0;
  var waiting = null;
  var speakTimer = null;
  function speak() {
    speakTimer = null;
    if (waiting === null) return;
    status.textContent = waiting;
    waiting = null;
    lastSpoken = now();
  }
  function announce(message) {
    waiting = message;
    if (speakTimer) return;
    var wait = lastSpoken + SPEAK_EVERY - now();
    if (wait <= 0) speak();
    else speakTimer = window.setTimeout(speak, wait);
  }

  // --- Errors: a summary under the title (announced, focused) and the same words at the field.
  function removeById(id) {
    var element = document.getElementById(id);
    if (element && element.parentNode) element.parentNode.removeChild(element);
  }
  function fieldBox(field) {
    var element = document.getElementById(field);
    while (element && element !== form) {
      if (/(^| )field( |$)/.test(element.className)) return element;
      element = element.parentNode;
    }
    return null;
  }
  function clearErrors() {
    var summaries = document.querySelectorAll('.error-summary');
    for (var i = 0; i < summaries.length; i++) summaries[i].parentNode.removeChild(summaries[i]);
    var names = ['file', 'kind'];
    for (var j = 0; j < names.length; j++) {
      removeById(names[j] + '-error');
      var box = fieldBox(names[j]);
      if (box) box.className = box.className.replace(/ ?has-error/, '');
    }
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'file-hint');
    var fieldset = fieldBox('kind');
    if (fieldset) fieldset.removeAttribute('aria-describedby');
  }
  function showError(message, field) {
    field = field === 'kind' ? 'kind' : 'file';
    clearErrors();
    var summary = document.createElement('div');
    summary.className = 'error-summary';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('aria-labelledby', 'error-summary-title');
    summary.setAttribute('tabindex', '-1');
    var title = document.createElement('h2');
    title.id = 'error-summary-title';
    title.textContent = text('error-title');
    var list = document.createElement('ul');
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = '#' + field;
    link.textContent = message;
    item.appendChild(link);
    list.appendChild(item);
    summary.appendChild(title);
    summary.appendChild(list);
    var heading = document.getElementById('documents-title');
    heading.parentNode.insertBefore(summary, heading.nextSibling);

    var error = document.createElement('span');
    error.className = 'field-error';
    error.id = field + '-error';
    var prefix = document.createElement('span');
    prefix.className = 'vh';
    prefix.textContent = text('error-prefix');
    error.appendChild(prefix);
    error.appendChild(document.createTextNode(' ' + message));
    var box = fieldBox(field);
    if (box) {
      box.className += ' has-error';
      if (field === 'file') {
        box.insertBefore(error, input);
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'file-hint file-error');
      } else {
        var legend = box.getElementsByTagName('legend')[0];
        box.insertBefore(error, legend ? legend.nextSibling : box.firstChild);
        box.setAttribute('aria-describedby', 'kind-error');
      }
    }
    announce(message);
    summary.focus();
  }

  // --- Remembering an upload, so a reload resumes it: by size, date and kind, never the name.
  function storage() {
    try {
      return window.localStorage;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (unavailable) {
      return null;
    }
  }
  function remembered(key) {
    var store = storage();
    try {
      var value = store ? JSON.parse(store.getItem(key) || 'null') : null;
      return value && typeof value.url === 'string' && typeof value.length === 'number' ? value : null;
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (unreadable) {
      return null;
    }
  }
  function remember(key, value) {
    var store = storage();
    try {
      if (store && value) store.setItem(key, JSON.stringify(value));
      else if (store) store.removeItem(key);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (full) {
      // Without storage a reload starts over; the upload itself goes on.
    }
  }

  // --- Photos made smaller in the browser when it can; otherwise the server does it.
  function orientationApplied() {
    return Boolean(window.CSS && CSS.supports && CSS.supports('image-orientation', 'from-image'));
  }
  // The EXIF orientation of a JPEG (1 = upright), read from its first 128 kB.
  function readOrientation(file, done) {
    if (!window.FileReader || !window.DataView) return done(0);
    var reader = new FileReader();
    reader.onload = function () {
      var orientation = 1;
      try {
        var view = new DataView(reader.result);
        var offset = 2;
        if (view.getUint16(0) !== 0xffd8) return done(1);
        while (offset + 4 < view.byteLength) {
          var marker = view.getUint16(offset);
          if (marker === 0xffda) break;
          if (marker === 0xffe1 && view.getUint32(offset + 4) === 0x45786966) {
            var tiff = offset + 10;
            var little = view.getUint16(tiff) === 0x4949;
            var ifd = tiff + view.getUint32(tiff + 4, little);
            var entries = view.getUint16(ifd, little);
            for (var i = 0; i < entries; i++) {
              var entry = ifd + 2 + i * 12;
              if (view.getUint16(entry, little) === 0x0112) orientation = view.getUint16(entry + 8, little);
            }
            break;
          }
          offset += 2 + view.getUint16(offset + 2);
        }
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
      } catch (unreadable) {
        orientation = 0;
      }
      done(orientation);
    };
    reader.onerror = function () {
      done(0);
    };
    reader.readAsArrayBuffer(file.slice(0, 131072));
  }
  function jpegName(name) {
    return name.replace(/\.[^.]*$/, '') + '.jpg';
  }
  // Calls done(blob, name): the smaller photo, or the file as it is when that is better or impossible.
  function scaled(file, done) {
    var keep = function () {
      done(file, file.name);
    };
    var canvas = document.createElement('canvas');
    if (!window.URL || !URL.createObjectURL || !canvas.getContext || !canvas.toBlob) return keep();
    var address = URL.createObjectURL(file);
    var image = new Image();
    image.onerror = function () {
      URL.revokeObjectURL(address);
      keep();
    };
    image.onload = function () {
      URL.revokeObjectURL(address);
      var width = image.naturalWidth;
      var height = image.naturalHeight;
      var longest = Math.max(width, height);
      if (!longest || (longest <= longestSide && file.size <= PHOTO_MAX_BYTES)) return keep();
      var ratio = Math.min(1, longestSide / longest);
      try {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
        var context = canvas.getContext('2d');
        // A PNG's transparent parts become white, not black.
        context.fillStyle = '#fff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        var made = function (blob) {
          if (blob && blob.size > 0 && blob.size < file.size) done(blob, jpegName(file.name));
          else keep();
        };
        canvas.toBlob(made, 'image/jpeg', 0.85);
        // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
      } catch (tooLarge) {
        keep();
      }
    };
    image.src = address;
  }
  function prepare(file, done) {
    if (file.type !== 'image/jpeg' && file.type !== 'image/png') return done(file, file.name);
    announce(text('scaling'));
    if (file.type === 'image/png' || orientationApplied()) return scaled(file, done);
    readOrientation(file, function (orientation) {
      // Turned by EXIF but drawn unturned on a canvas here: the server turns it instead.
      if (orientation !== 1) done(file, file.name);
      else scaled(file, done);
    });
  }

  // --- tus 1.0: create, send parts, ask where it stands, read the result.
  function base64(value) {
    return window.btoa(unescape(encodeURIComponent(value)));
  }
  function withLang(url) {
    return url + (url.indexOf('?') < 0 ? '?' : '&') + 'lang=' + encodeURIComponent(lang);
  }
  function request(method, url, headers, body, onProgress, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, withLang(url));
    // A part on a slow phone line may take a while; a silent connection must not hang for ever.
    xhr.timeout = method === 'PATCH' ? 180000 : 30000;
    xhr.setRequestHeader('Tus-Resumable', TUS);
    xhr.setRequestHeader('Accept', 'application/json');
    for (var name in headers) {
      if (Object.prototype.hasOwnProperty.call(headers, name)) xhr.setRequestHeader(name, headers[name]);
    }
    if (onProgress && xhr.upload) xhr.upload.onprogress = onProgress;
    xhr.onload = function () {
      done(xhr);
    };
    xhr.onerror =
      xhr.ontimeout =
      xhr.onabort =
        function () {
          done(null);
        };
    xhr.send(body === undefined ? null : body);
  }
  function jsonOf(xhr) {
    try {
      return JSON.parse(xhr.responseText);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
    } catch (notJson) {
      return null;
    }
  }

  // The server's Upload-Offset, or NaN when the answer has none.
  function offsetOf(xhr) {
    var header = xhr.getResponseHeader('Upload-Offset');
    return header === null || header === '' ? NaN : Number(header);
  }

  // One file on its way. `key` names it in localStorage (size, date, kind) to resume after a reload.
  function send(blob, name, kind, key) {
    var url = null;
    var offset = 0;
    var attempt = 0;
    var timer = null;
    var begun = false;
    var saidHalf = false;

    function retryNow() {
      if (!timer) return;
      window.clearTimeout(timer);
      timer = null;
      resume();
    }
    function resume() {
      if (url) head();
      else create();
    }
    // A failure of the connection or of the server (not of the file): try again, sooner first.
    function retry() {
      var delay = DELAYS[Math.min(attempt, DELAYS.length - 1)];
      attempt += 1;
      announce(text('retrying'));
      timer = window.setTimeout(function () {
        timer = null;
        resume();
      }, delay * 1000);
    }
    function finish() {
      remember(key, null);
      window.removeEventListener('online', retryNow);
      progress.hidden = true;
      progressLabel.hidden = true;
      busy = false;
      submit.disabled = false;
    }
    function failed() {
      finish();
      showError(text('failed'), 'file');
    }
    // The answer is about the file or the session (JSON errors): say it and let the person act.
    function refused(xhr) {
      var json = jsonOf(xhr);
      var error = json && json.errors && json.errors[0];
      if (!error || !error.message) return false;
      finish();
      showError(error.message, error.field);
      return true;
    }
    // A 4xx, or a 503 that says why: the upload ends (said to the person); true when it did.
    function ended(xhr) {
      if (!xhr) return false;
      var clientError = xhr.status >= 400 && xhr.status < 500;
      if ((clientError || xhr.status === 503) && refused(xhr)) return true;
      if (clientError) failed();
      return clientError;
    }
    function gone() {
      remember(key, null);
      url = null;
      create();
    }
    function stored() {
      remember(key, null);
      window.removeEventListener('online', retryNow);
      progress.value = 100;
      announce(text('sent'));
      window.location.href = doneUrl;
    }
    function show(sent) {
      var percent = blob.size > 0 ? Math.floor((sent / blob.size) * 100) : 100;
      progress.value = Math.min(100, percent);
      if (percent >= 50 && percent < 100 && !saidHalf) {
        saidHalf = true;
        announce(text('half'));
      }
    }

    function create() {
      var metadata = ['filename ' + base64(name), 'kind ' + base64(kind), 'lang ' + base64(lang)];
      var headers = {
        'Upload-Length': String(blob.size),
        'Upload-Metadata': metadata.join(','),
        'X-CSRF-Token': csrf,
      };
      request('POST', uploadUrl, headers, null, null, function (xhr) {
        var location = xhr && xhr.status === 201 && xhr.getResponseHeader('Location');
        if (!location) return ended(xhr) || retry();
        url = location;
        offset = 0;
        attempt = 0;
        begun = true;
        remember(key, { url: location, length: blob.size });
        announce(text('started'));
        patch();
      });
    }

    // Where the server stands: go on from there, read the result when all is there, start over when it is gone.
    function head() {
      request('HEAD', url, {}, null, null, function (xhr) {
        if (xhr && (xhr.status === 404 || xhr.status === 410)) return gone();
        var at = xhr && xhr.status >= 200 && xhr.status < 300 ? offsetOf(xhr) : NaN;
        // A HEAD answer has no body: a refusal (a session that ended) is read from GET instead.
        if (isNaN(at)) return xhr && xhr.status >= 400 && xhr.status < 500 ? result() : retry();
        var wasRetrying = attempt > 0;
        attempt = 0;
        if (!begun || wasRetrying) announce(text(at > 0 ? 'resumed' : 'started'));
        begun = true;
        offset = at;
        show(offset);
        if (offset >= blob.size) result();
        else patch();
      });
    }

    // One part of at most 1 MB; a lost part costs at most that much again.
    function patch() {
      var end = Math.min(offset + chunkBytes, blob.size);
      var headers = {
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
        'X-CSRF-Token': csrf,
      };
      var onProgress = function (event) {
        if (event.lengthComputable) show(offset + event.loaded);
      };
      request('PATCH', url, headers, blob.slice(offset, end), onProgress, function (xhr) {
        if (!xhr) return retry();
        if (xhr.status >= 200 && xhr.status < 300) {
          attempt = 0;
          var at = offsetOf(xhr);
          offset = isNaN(at) ? end : at;
          show(offset);
          if (offset < blob.size) return patch();
          // The last part's answer is the stored document; without it, ask for the result.
          return jsonOf(xhr) ? stored() : result();
        }
        // 409 without a reason: the server has another offset than this part's; ask it.
        if (xhr.status === 409 && !(jsonOf(xhr) || {}).errors) return head();
        // A refusal of the whole file comes with the last part.
        return ended(xhr) || retry();
      });
    }

    // The result of an upload that is all there (its last answer repeated): stored, or why not.
    function result() {
      request('GET', url, {}, null, null, function (xhr) {
        if (xhr && xhr.status >= 200 && xhr.status < 300 && jsonOf(xhr)) return stored();
        if (xhr && (xhr.status === 404 || xhr.status === 410)) return gone();
        return ended(xhr) || retry();
      });
    }

    var kept = remembered(key);
    progress.value = 0;
    progress.hidden = false;
    progressLabel.hidden = false;
    window.addEventListener('online', retryNow);
    if (kept && kept.length === blob.size) url = kept.url;
    resume();
  }

  function chosenKind() {
    var radios = form.elements.kind;
    if (!radios) return '';
    if (radios.length === undefined) return radios.checked ? radios.value : '';
    for (var i = 0; i < radios.length; i++) if (radios[i].checked) return radios[i].value;
    return '';
  }

  function onSubmit(event) {
    event.preventDefault();
    if (busy) return;
    var kind = chosenKind();
    var file = input.files && input.files[0];
    if (!kind) return showError(text('kind-missing'), 'kind');
    if (!file) return showError(text('no-file'), 'file');
    if (file.size > maxBytes) return showError(text('too-big'), 'file');
    clearErrors();
    busy = true;
    submit.disabled = true;
    var key = 'bi-upload:' + file.size + ':' + (file.lastModified || 0) + ':' + kind;
    prepare(file, function (blob, name) {
      send(blob, name, kind, key);
    });
  }
  form.addEventListener('submit', onSubmit);
  // "Send" was pressed while this script was still on its way (upload.js held the form back).
  if (form.getAttribute('data-upload-pending')) {
    form.removeAttribute('data-upload-pending');
    onSubmit({ preventDefault: function () {} });
  }
})();
