// "Wie doet wat" per role: without JavaScript the page links each role to its own list of activities; with it, a
// select filters the tables to the rows where the chosen role is A or R, and says how many are left.
const filter = document.querySelector('[data-role-filter]');
if (filter) {
  const control = filter.querySelector('.pb-role-filter__control');
  const select = control.querySelector('select');
  const status = filter.querySelector('.pb-role-filter__status');
  const sections = Array.from(document.querySelectorAll('[data-filter-section]'));

  function apply() {
    const role = select.value;
    let shown = 0;
    sections.forEach(function (section) {
      let inSection = 0;
      section.querySelectorAll('tr[data-roles]').forEach(function (row) {
        const match = !role || row.getAttribute('data-roles').split(' ').indexOf(role) >= 0;
        row.hidden = !match;
        if (match) { inSection++; }
      });
      section.hidden = inSection === 0;
      shown += inSection;
    });
    status.textContent = !role ? '' : shown === 0 ? status.getAttribute('data-empty') : status.getAttribute('data-count').replace('{n}', String(shown));
    const url = new URL(window.location.href);
    if (role) { url.searchParams.set('rol', role); } else { url.searchParams.delete('rol'); }
    window.history.replaceState(null, '', url);
  }

  control.hidden = false;
  filter.querySelector('.pb-role-filter__links').hidden = true;
  const asked = new URLSearchParams(window.location.search).get('rol');
  if (asked && Array.from(select.options).some(function (o) { return o.value === asked; })) { select.value = asked; }
  select.addEventListener('change', apply);
  apply();
}
