// Playbook preview (served only by 'playbook serve', never part of a built site): reloads the page after a good
// build and shows a failed build's problems in an overlay; the checks that run after the reload send theirs later,
// as a second event ('failed' again, or 'checked' when they found nothing). Problems are data; every text goes in with textContent,
// so a message quoting '<script>' from a content file shows as text.
(function () {
  'use strict';
  var overlay = null;
  var returnFocus = null;
  var shown = null; // the event data the overlay shows: the same problems again leave it (and the focus) alone
  var shownAfterReload = false;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function addStyle() {
    if (document.getElementById('pb-preview-style')) { return; }
    var link = element('link');
    link.id = 'pb-preview-style';
    link.rel = 'stylesheet';
    link.href = '/__playbook/preview.css';
    document.head.appendChild(link);
  }

  function close() {
    if (!overlay) { return; }
    overlay.remove();
    overlay = null;
    shown = null;
    if (returnFocus && document.contains(returnFocus)) { returnFocus.focus(); }
    returnFocus = null;
  }

  function problem(item, labels) {
    var entry = element('li', 'pb-preview-problem');
    var head = element('p', 'pb-preview-where');
    head.appendChild(element('code', 'pb-preview-location', item.location));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(element('span', 'pb-preview-code pb-preview-' + (item.severity === 'error' ? 'error' : 'warning'), item.code));
    entry.appendChild(head);
    entry.appendChild(element('p', 'pb-preview-message', item.message));
    if (item.hint) {
      var hint = element('p', 'pb-preview-hint');
      hint.appendChild(element('strong', null, labels.hint + ': '));
      hint.appendChild(document.createTextNode(item.hint));
      entry.appendChild(hint);
    }
    return entry;
  }

  function show(data) {
    if (overlay && data === shown) { return; }
    var failure = JSON.parse(data);
    addStyle();
    if (!overlay) { returnFocus = document.activeElement; }
    else { overlay.remove(); }
    var labels = failure.labels;
    overlay = element('div', 'pb-preview-overlay');
    overlay.id = 'pb-preview-overlay';
    var dialog = element('section', 'pb-preview-dialog');
    dialog.setAttribute('role', 'alertdialog');
    dialog.setAttribute('aria-modal', 'true');
    dialog.setAttribute('aria-labelledby', 'pb-preview-title');
    dialog.setAttribute('aria-describedby', 'pb-preview-intro');
    dialog.tabIndex = -1;
    var title = element('h2', 'pb-preview-title', labels.title);
    title.id = 'pb-preview-title';
    var intro = element('p', 'pb-preview-intro', labels.intro);
    intro.id = 'pb-preview-intro';
    var list = element('ol', 'pb-preview-problems');
    failure.problems.forEach(function (item) { list.appendChild(problem(item, labels)); });
    var button = element('button', 'pb-preview-close', labels.close);
    button.type = 'button';
    button.addEventListener('click', close);
    dialog.appendChild(title);
    dialog.appendChild(intro);
    dialog.appendChild(list);
    dialog.appendChild(button);
    overlay.appendChild(dialog);
    document.body.appendChild(overlay);
    shown = data;
    shownAfterReload = !!failure.afterReload;
    dialog.focus();
  }

  document.addEventListener('keydown', function (event) {
    if (!overlay) { return; }
    if (event.key === 'Escape') { event.preventDefault(); close(); return; }
    // A modal dialog keeps the keyboard inside: its only control is the close button.
    if (event.key === 'Tab') { event.preventDefault(); overlay.querySelector('.pb-preview-close').focus(); }
  });

  var source = new EventSource('/__playbook/events');
  source.addEventListener('reload', function (event) {
    var built = JSON.parse(event.data);
    // A save that changed no output file leaves the page as it is, unless it still shows an old failure.
    if ((overlay && !shownAfterReload) || built.written > 0 || built.removed > 0) { location.reload(); }
  });
  source.addEventListener('failed', function (event) { show(event.data); });
  // The checks after the last reload found nothing: their earlier problems are out of date (a failed build's stay).
  source.addEventListener('checked', function () { if (overlay && shownAfterReload) { close(); } });
})();
