// The search box in the header as an ARIA combobox: results while typing, arrow keys to choose, Enter to go.
import { search } from './results.js';
import { el, countText, downloadText, renderResultBody, renderSectionBody } from './render.js';

const LIMIT = 8;

/** Turns the header's search form (which works without JavaScript) into a combobox. */
export class Combobox {
  constructor(form, index) {
    this.form = form;
    this.index = index;
    this.input = form.querySelector('input[type=search]');
    this.listbox = el('ul', 'pb-search__listbox');
    this.listbox.id = 'pb-search-listbox';
    this.listbox.setAttribute('role', 'listbox');
    this.listbox.setAttribute('aria-label', form.querySelector('label').textContent);
    this.listbox.hidden = true;
    this.status = el('div', 'pb-search__status');
    this.status.setAttribute('role', 'status');
    form.appendChild(this.listbox);
    form.appendChild(this.status);
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.listbox.id);
    this.options = [];
    this.active = -1;
    this.sequence = 0;
    this.bind();
  }

  bind() {
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => { this.index.load().catch(function () { }); });
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.listbox.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.listbox.addEventListener('click', (e) => {
      const option = e.target.closest('[role=option]');
      if (option) { this.follow(option.getAttribute('data-href')); }
    });
    this.input.addEventListener('blur', () => this.close());
  }

  onKey(e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.listbox.hidden) { if (this.options.length > 0) { this.open(); } else { return; } }
      e.preventDefault();
      let next = this.active + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) { next = this.options.length - 1; }
      if (next >= this.options.length) { next = 0; }
      this.activate(next);
    } else if (e.key === 'Enter') {
      if (!this.listbox.hidden && this.active >= 0) {
        e.preventDefault();
        this.follow(this.options[this.active].getAttribute('data-href'));
      }
    } else if (e.key === 'Escape') {
      if (!this.listbox.hidden) { e.preventDefault(); this.close(); } else if (this.input.value) { e.preventDefault(); this.input.value = ''; this.clear(); }
    } else if (e.key === 'Home' || e.key === 'End') {
      this.activate(-1);
    }
  }

  follow(href) { if (href) { window.location.assign(href); } }

  activate(i) {
    if (this.active >= 0 && this.options[this.active]) { this.options[this.active].setAttribute('aria-selected', 'false'); }
    this.active = i;
    if (i >= 0) {
      const option = this.options[i];
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  open() { this.listbox.hidden = false; this.input.setAttribute('aria-expanded', 'true'); }

  close() {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.activate(-1);
  }

  clear() {
    this.sequence++;
    this.close();
    this.listbox.textContent = '';
    this.options = [];
    this.status.textContent = '';
  }

  update() {
    const query = this.input.value;
    if (query.trim().length < 2) { this.clear(); return; }
    const sequence = ++this.sequence;
    this.listbox.setAttribute('aria-busy', 'true');
    search(this.index, query, LIMIT).then((found) => {
      if (sequence !== this.sequence) { return; }
      this.render(query, found);
      this.listbox.removeAttribute('aria-busy');
    }).catch(() => {
      if (sequence !== this.sequence) { return; }
      this.listbox.removeAttribute('aria-busy');
      this.clear();
      this.status.textContent = this.index.text('search_error');
    });
  }

  render(query, found) {
    // Results that arrive while someone is choosing keep their choice when it is still there.
    const chosen = this.active >= 0 && this.options[this.active] ? this.options[this.active].getAttribute('data-href') : null;
    this.listbox.textContent = '';
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    found.results.forEach((result) => {
      renderResultBody(this.index, this.option('pb-search-result', result.href), result);
      result.sections.slice(0, 2).forEach((section) => {
        renderSectionBody(this.option('pb-search-result pb-search-result--section', section.href), section);
      });
      result.downloads.forEach((download) => {
        this.option('pb-search-result pb-search-result--download', download.href).appendChild(el('span', 'pb-search-result__title', downloadText(download)));
      });
    });
    if (found.total > 0) {
      const all = this.option('pb-search-result pb-search-result--all', this.form.getAttribute('action') + '?q=' + encodeURIComponent(query));
      all.textContent = this.index.text('search_all_results') + ' (' + found.total + ')';
    } else {
      const none = el('li', 'pb-search-result pb-search-result--none', this.index.text('search_no_results'));
      none.setAttribute('role', 'presentation');
      this.listbox.appendChild(none);
    }
    this.status.textContent = countText(this.index, found.total);
    this.open();
    if (chosen) {
      const again = this.options.findIndex(function (o) { return o.getAttribute('data-href') === chosen; });
      if (again >= 0) { this.activate(again); }
    }
  }

  option(className, href) {
    const li = el('li', className);
    li.id = 'pb-search-option-' + this.options.length;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href);
    this.listbox.appendChild(li);
    this.options.push(li);
    return li;
  }
}

/** "/" focuses the search box, as on most documentation sites, unless someone is typing. */
export function focusOnSlash(input) {
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    const target = e.target;
    const typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing) { return; }
    e.preventDefault();
    input.focus();
    input.select();
  });
}
