// The results page (/zoeken/): all results for the query in the address, updated while typing.
import { search } from './results.js';
import { el, countText, downloadText, renderResultBody, renderSectionBody } from './render.js';

const LIMIT = 50;

/** Fills the results page's list from ?q= and keeps it in step with its search box. */
export class ResultsPage {
  constructor(root, index, combobox) {
    this.index = index;
    this.input = root.querySelector('[data-search-page-input]');
    this.status = root.querySelector('[data-search-status]');
    this.list = root.querySelector('[data-search-results]');
    this.fallback = root.querySelector('[data-search-fallback]');
    this.combobox = combobox;
    this.fallbackIntro = this.fallback.querySelector('p');
    this.noJsText = this.fallbackIntro.textContent;
    this.title = document.title;
    this.sequence = 0;
    const query = new URLSearchParams(window.location.search).get('q') || '';
    this.input.value = query;
    if (combobox) { combobox.input.value = query; }
    this.input.addEventListener('input', () => {
      const url = new URL(window.location.href);
      url.searchParams.set('q', this.input.value);
      window.history.replaceState(null, '', url);
      this.update(this.input.value);
    });
    this.update(query);
  }

  update(query) {
    const sequence = ++this.sequence;
    if (query.trim().length < 2) {
      this.list.hidden = true;
      this.list.textContent = '';
      document.title = this.title;
      this.index.load().then(() => { this.status.textContent = query.trim() ? this.index.text('search_too_short') : ''; this.fallback.hidden = true; });
      return;
    }
    search(this.index, query, LIMIT).then((found) => {
      if (sequence !== this.sequence) { return; }
      this.render(query, found);
    }).catch(() => {
      this.status.textContent = this.index.text('search_error');
      this.fallbackIntro.textContent = this.noJsText;
      this.fallback.hidden = false;
    });
  }

  render(query, found) {
    this.list.textContent = '';
    found.results.forEach((result) => {
      const li = el('li', 'pb-search-page__result');
      const link = el('a', 'pb-search-page__link');
      link.href = result.href;
      renderResultBody(this.index, link, result);
      li.appendChild(link);
      if (result.sections.length > 0) {
        const subs = el('ul', 'pb-search-page__sections');
        result.sections.forEach(function (section) {
          const sub = el('li');
          const a = el('a', 'pb-search-page__link pb-search-page__link--section');
          a.href = section.href;
          renderSectionBody(a, section);
          sub.appendChild(a);
          subs.appendChild(sub);
        });
        li.appendChild(subs);
      }
      if (result.downloads.length > 0) {
        const files = el('ul', 'pb-search-page__downloads');
        result.downloads.forEach(function (download) {
          const a = el('a', 'pb-search-page__download', downloadText(download));
          a.href = download.href;
          a.setAttribute('download', '');
          files.appendChild(el('li')).appendChild(a);
        });
        li.appendChild(files);
      }
      this.list.appendChild(li);
    });
    this.list.hidden = found.results.length === 0;
    const quoted = '\u201c' + query.trim() + '\u201d';
    this.status.textContent = countText(this.index, found.total) + ' ' + this.index.text('search_results_for') + ' ' + quoted;
    // The query in the title, so history, tabs and bookmarks say what was searched.
    document.title = quoted + ' \u2013 ' + this.title;
    // Nothing found: the overviews the page shows without JavaScript are the best suggestions there are.
    this.fallback.hidden = found.total > 0;
    this.fallbackIntro.textContent = found.total > 0 ? this.noJsText : this.index.text('search_suggestions');
  }
}
