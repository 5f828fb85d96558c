// Filters the help list as the person types (same matching as findHelpPoints in src/lib/help-points.ts).
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('help-points');
  var count = document.getElementById('help-count');
  if (!input || !list || !count || !''.normalize) return;
  var items = list.getElementsByTagName('li');
  var timer;
  function normalise(text) {
    return text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  function filter() {
    var q = normalise(input.value);
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var match = q === '' || items[i].getAttribute('data-search').indexOf(q) !== -1;
      items[i].hidden = !match;
      if (match) shown++;
    }
    count.textContent =
      shown === 0 ? count.getAttribute('data-none') : count.getAttribute('data-found').replace('#', shown);
  }
  input.addEventListener('input', function () {
    clearTimeout(timer);
    // Wait for a pause in typing so a screen reader does not announce every key.
    timer = setTimeout(filter, 400);
  });
})();
