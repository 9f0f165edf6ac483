// Role picker of /rollen/vergelijken/: shows the chosen two to five roles side by side. Without this script the
// page shows the first two roles, which the HTML already has visible.
(function () {
  'use strict';
  var root = document.querySelector('[data-compare]');
  if (!root) {
    return;
  }

  var picker = root.querySelector('[data-compare-picker]');
  var status = root.querySelector('[data-compare-status]');
  var boxes = Array.prototype.slice.call(picker.querySelectorAll('input[type=checkbox]'));
  var min = 2;
  var max = 5;

  // ?rollen=a,b,c chooses roles from a link, so a comparison can be shared.
  var wanted = new URLSearchParams(window.location.search).get('rollen');
  if (wanted) {
    var ids = wanted.split(',');
    var known = boxes.filter(function (b) { return ids.indexOf(b.value) >= 0; });
    if (known.length >= min) {
      boxes.forEach(function (b) { b.checked = known.indexOf(b) >= 0 && known.indexOf(b) < max; });
    }
  }

  function chosenRoles() {
    return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
  }

  function apply() {
    var chosen = chosenRoles();
    root.querySelectorAll('[data-role]').forEach(function (cell) {
      cell.hidden = chosen.indexOf(cell.getAttribute('data-role')) < 0;
    });
    status.textContent = chosen.length + ' ' + status.getAttribute('data-label');
    var url = new URL(window.location.href);
    url.searchParams.set('rollen', chosen.join(','));
    window.history.replaceState(null, '', url);
  }

  // The boxes stay enabled (a disabled box looks as if it cannot be chosen at all); a change past the limits is
  // undone and the status says why.
  function change(event) {
    var box = event.target;
    var count = chosenRoles().length;
    if (count < min || count > max) {
      box.checked = !box.checked;
      status.textContent = status.getAttribute(count < min ? 'data-min' : 'data-max');
      return;
    }
    apply();
  }

  boxes.forEach(function (b) { b.addEventListener('change', change); });
  picker.hidden = false;
  root.querySelector('.pb-compare__hint').hidden = true;
  apply();
}());
