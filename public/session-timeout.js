// Warns before the session ends for inactivity (WCAG 2.2.1) and lets the person stay logged in
// without leaving the page. Plain ES5; the form in SessionTimeout.tsx works without it.
(function () {
  var box = document.getElementById('session-timeout');
  var form = document.getElementById('session-timeout-form');
  if (!box || !form || !window.XMLHttpRequest) return;
  var idle = Number(box.getAttribute('data-idle-minutes')) * 60000;
  var warn = Number(box.getAttribute('data-warn-minutes')) * 60000;
  var button = document.getElementById('session-timeout-extend');
  var text = document.getElementById('session-timeout-text');
  var login = document.getElementById('session-timeout-login');
  var status = document.getElementById('session-timeout-status');
  var warningText = text.textContent;
  var KEY = 'bi-session-seen';
  var shown = false;
  var ended = false;
  var focusBefore = null;

  // Any tab of this site that loads a page or extends keeps the same session alive: tabs share
  // the time of the last one in localStorage. Storage can be off (private modes throw); then
  // each tab counts on its own.
  var storage = null;
  var start = new Date().getTime();
  function seen(time) {
    if (storage) storage.setItem(KEY, String(time));
  }
  try {
    window.localStorage.setItem(KEY, String(start));
    storage = window.localStorage;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES5 needs the binding
  } catch (unavailable) {
    storage = null;
  }
  function lastSeen(fallback) {
    return storage ? Math.max(fallback, Number(storage.getItem(KEY)) || 0) : fallback;
  }

  function show() {
    shown = true;
    focusBefore = document.activeElement;
    text.textContent = warningText;
    box.hidden = false;
    button.focus();
  }
  function end() {
    ended = true;
    box.hidden = false;
    text.textContent = box.getAttribute('data-expired');
    form.hidden = true;
    login.hidden = false;
    login.getElementsByTagName('a')[0].focus();
  }
  function hide() {
    shown = false;
    box.hidden = true;
    status.textContent = box.getAttribute('data-extended');
    if (focusBefore && focusBefore !== document.body && focusBefore.focus) focusBefore.focus();
  }
  // A check every few seconds, not one long timer: timers stop while a laptop sleeps.
  function check() {
    if (ended) return;
    start = lastSeen(start);
    var left = start + idle - new Date().getTime();
    if (left <= 0) end();
    else if (left <= warn && !shown) show();
    else if (left > warn && shown) hide();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.getAttribute('action'));
    request.setRequestHeader('Content-Type', 'application/json');
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('X-CSRF-Token', form.elements.csrf.value);
    request.onload = function () {
      if (request.status !== 204) return end();
      start = new Date().getTime();
      seen(start);
      hide();
    };
    // No answer at all (offline): the plain form post tries once more and shows what happened.
    request.onerror = function () {
      form.submit();
    };
    request.send(JSON.stringify({ lang: form.elements.lang.value }));
  });
  window.setInterval(check, 5000);
})();
