// Page tools: a copy button beside every heading link (the link itself works without JavaScript). The button
// copies the section's full address and says so in a live region; its words come from <main data-*>.
function start() {
  const main = document.querySelector('main[data-copy-label]');
  if (!main || !navigator.clipboard) { return; }
  const status = document.createElement('p');
  status.className = 'pb-visually-hidden';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);
  let clear = 0;
  const announce = function (text) {
    status.textContent = text;
    window.clearTimeout(clear);
    clear = window.setTimeout(function () { status.textContent = ''; }, 4000);
  };
  main.querySelectorAll('a.pb-heading-link').forEach(function (link) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'pb-heading-copy';
    button.setAttribute('aria-label', main.getAttribute('data-copy-label'));
    link.after(button);
    button.addEventListener('click', function () {
      const url = new URL(link.getAttribute('href'), window.location.href).href;
      navigator.clipboard.writeText(url).then(
        function () { button.setAttribute('data-copied', ''); announce(main.getAttribute('data-copied')); },
        function () { announce(main.getAttribute('data-copy-failed')); });
    });
    button.addEventListener('blur', function () { button.removeAttribute('data-copied'); });
  });
}

start();
