// Colour scheme: follows the system by default; the toggle cycles light → dark → system and remembers the choice.
(function () {
  var key = 'playbook-theme';
  var root = document.documentElement;
  function stored() { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function apply(choice) {
    if (choice === 'light' || choice === 'dark') { root.setAttribute('data-theme', choice); }
    else { root.removeAttribute('data-theme'); }
  }
  apply(stored());
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) { return; }
    var order = ['light', 'dark', 'system'];
    function label(choice) {
      var name = button.getAttribute('data-label-' + choice) || choice;
      button.textContent = name;
      button.setAttribute('aria-label', button.getAttribute('aria-label').split(':')[0] + ': ' + name);
    }
    var current = stored() || 'system';
    label(current);
    button.hidden = false;
    button.addEventListener('click', function () {
      current = order[(order.indexOf(current) + 1) % order.length];
      try { if (current === 'system') { localStorage.removeItem(key); } else { localStorage.setItem(key, current); } } catch (e) { /* private mode */ }
      apply(current);
      label(current);
    });
  });
})();
