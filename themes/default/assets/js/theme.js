// Enhancements only: every page works without this file.
// 1. Colour scheme: follows the system by default; the toggle cycles light → dark → system and remembers
//    the choice. Loaded in <head> (not deferred) so a stored choice applies before the first paint.
// 2. Navigation menu: the <details> disclosure is open beside the text on wide screens (for browsers that
//    cannot show it with CSS alone) and closed on phones; Escape closes it there.
(function () {
  'use strict';
  var key = 'playbook-theme';
  var root = document.documentElement;
  var wide = window.matchMedia('(min-width: 48em)');

  function stored() {
    try { return localStorage.getItem(key); } catch (e) { return null; }
  }

  function remember(choice) {
    try {
      if (choice === 'system') { localStorage.removeItem(key); } else { localStorage.setItem(key, choice); }
    } catch (e) { /* storage blocked (private mode): the choice lasts for this page only */ }
  }

  function apply(choice) {
    if (choice === 'light' || choice === 'dark') { root.setAttribute('data-theme', choice); }
    else { root.removeAttribute('data-theme'); }
  }

  apply(stored());

  function setUpToggle() {
    var button = document.querySelector('[data-theme-toggle]');
    var value = button && button.querySelector('[data-theme-value]');
    if (!button || !value) { return; }
    var order = ['light', 'dark', 'system'];
    var current = order.indexOf(stored()) >= 0 ? stored() : 'system';
    function show() { value.textContent = button.getAttribute('data-label-' + current) || current; }
    show();
    button.hidden = false;
    button.addEventListener('click', function () {
      current = order[(order.indexOf(current) + 1) % order.length];
      remember(current);
      apply(current);
      show();
    });
  }

  function setUpMenu() {
    var menu = document.querySelector('[data-menu]');
    if (!menu) { return; }
    function fit() { menu.open = wide.matches; }
    fit();
    if (wide.addEventListener) { wide.addEventListener('change', fit); }
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && menu.open && !wide.matches) {
        menu.open = false;
        menu.querySelector('summary').focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpToggle();
    setUpMenu();
  });
})();
