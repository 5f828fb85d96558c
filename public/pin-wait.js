// Shows the PIN advice for ?deadline=YYYY-MM-DD (from the calculator). Same rule as pinAdvice()
// in src/lib/deadlines.ts: enough time above the longest wait, too late at or below the shortest.
(function () {
  var box = document.getElementById('pin-wait');
  var match = /[?&]deadline=(\d{4}-\d{2}-\d{2})(&|$)/.exec(window.location.search);
  if (!box || !match) return;
  var deadline = Date.parse(match[1] + 'T00:00:00Z');
  if (isNaN(deadline)) return;
  var now = new Date();
  var today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  var daysLeft = Math.round((deadline - today) / 86400000);
  var min = Number(box.getAttribute('data-min'));
  var max = Number(box.getAttribute('data-max'));
  var key = daysLeft > max ? 'data-enough' : daysLeft > min ? 'data-maybe' : 'data-late';
  box.textContent = box.getAttribute(key);
  box.hidden = false;
})();
