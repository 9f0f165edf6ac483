// Playbook search: a sharded index built by the generator (src/Playbook.Core/Search), queried here, in the browser,
// with no service and no request leaving the site. The modules in search/ are the one ranking implementation: the
// query tests (tests/Playbook.BrowserTests/Search) run them in Chromium, so what they check is what people get.
//
// search/analysis.js      folding, stemming, tokens (mirrors the C# analyzer; also tested in node)
// search/search-index.js  manifest, shards, fragments
// search/matching.js      which indexed words a query word matches (exact, prefix, compound part, typo)
// search/ranking.js       scores and order
// search/results.js       what a result shows (snippets, sections)
// search/render.js, combobox.js, results-page.js   the two interfaces
//
// Loaded as <script type="module"> (deferred, no build step); without JavaScript the search form posts to the
// results page, which explains that search needs JavaScript.
import { fold, stem, tokenize } from './search/analysis.js';
import { SearchIndex } from './search/search-index.js';
import { KIND_WEIGHTS, KIND_ORDER } from './search/matching.js';
import { FIELD_WEIGHTS, rank } from './search/ranking.js';
import { search } from './search/results.js';
import { Combobox, focusOnSlash } from './search/combobox.js';
import { ResultsPage } from './search/results-page.js';

function start() {
  // The home page's own search box leads there (the header's is hidden); elsewhere the header's is the one.
  const form = document.querySelector('form[data-search-primary]') || document.querySelector('form[data-search]');
  if (!form) { return; }
  const index = new SearchIndex(form.getAttribute('data-search-index'));
  const combobox = new Combobox(form, index);
  const page = document.querySelector('.pb-kind-search');
  const results = page && page.querySelector('[data-search-results]') ? new ResultsPage(page, index, combobox) : null;
  // The results page has one search box, its own (the header's is hidden there); "/" goes to the one shown.
  focusOnSlash(results ? results.input : combobox.input);
  // For tests and the benchmark: the same functions the interfaces use.
  window.PlaybookSearch = {
    index: index,
    fold: fold,
    stem: stem,
    tokenize: function (text) { return tokenize(text, index.stopWords); },
    search: function (query, limit) { return search(index, query, limit || 10); },
    // Ranking only (result ids and scores, no fragments or snippets): for tests and the benchmark's breakdown.
    rank: function (query, limit) { return rank(index, query, limit || 10).then(function (r) { return r.results.list; }); },
    ranking: { fields: FIELD_WEIGHTS, kinds: KIND_WEIGHTS, kindOrder: KIND_ORDER },
    combobox: combobox,
    results: results
  };
}

// Module scripts run after the document is parsed, so the form is there.
start();
