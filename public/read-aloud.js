// Reads the page's main content aloud in the page's language. Plain ES5 for old browsers.
(function () {
  var button = document.getElementById('read-aloud');
  if (!button || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
  var speaking = false;
  function label(on) {
    speaking = on;
    button.textContent = on ? button.getAttribute('data-stop') : button.getAttribute('data-start');
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    if (speaking) {
      window.speechSynthesis.cancel();
      label(false);
      return;
    }
    var main = document.getElementById('main');
    var utterance = new SpeechSynthesisUtterance(main ? main.innerText : '');
    utterance.lang = document.documentElement.lang;
    utterance.onend = function () {
      label(false);
    };
    utterance.onerror = function () {
      label(false);
    };
    window.speechSynthesis.speak(utterance);
    label(true);
  });
})();
