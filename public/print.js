// Shows the print button and prints on click. Plain ES5 for old browsers.
(function () {
  var button = document.getElementById('print');
  if (!button || typeof window.print !== 'function') return;
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
})();
