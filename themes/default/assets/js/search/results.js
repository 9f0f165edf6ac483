// What a result shows: its title, type, facts and snippets (the part of a section's text with the most matched
// words, matched words marked), put together from the ranking and the result's fragment.
import { tokenize } from './analysis.js';
import { rank, sectionsOf } from './ranking.js';

const SNIPPET_WORDS = 26;

function highlightRanges(index, text, matched) {
  const ranges = [];
  tokenize(text, index.stopWords).forEach(function (t) {
    if (t.stop) { return; }
    const match = matched.get(t.stem);
    if (!match) { return; }
    let start = t.start, length = t.length;
    if (match.kind === 'compound' && match.part && t.surface.length === t.length) {
      // Mark only the part inside the compound: beleid in parkeer|beleid.
      let at = t.surface.lastIndexOf(match.part);
      let partLength = match.part.length;
      if (at < 0) { partLength -= 1; at = t.surface.lastIndexOf(match.part.slice(0, partLength)); }
      if (at > 0) { start += at; length = at + partLength >= t.length ? t.length - at : partLength; }
    }
    ranges.push({ start: start, end: start + length, token: t });
  });
  return ranges;
}

/** The snippet of a text as parts [{text, mark?}]: the window of SNIPPET_WORDS words with the most matches. */
export function snippet(index, text, matched) {
  if (!text) { return []; }
  const words = tokenize(text, null);
  const ranges = highlightRanges(index, text, matched);
  let from = 0, to = text.length;
  if (words.length > SNIPPET_WORDS) {
    let bestStart = 0, bestCount = -1;
    for (let i = 0; i + SNIPPET_WORDS <= words.length; i += 2) {
      const lo = words[i].start, hi = words[i + SNIPPET_WORDS - 1].start;
      const count = ranges.filter(function (r) { return r.start >= lo && r.start <= hi; }).length;
      if (count > bestCount) { bestCount = count; bestStart = i; }
    }
    from = bestStart === 0 ? 0 : words[bestStart].start;
    const last = words[Math.min(words.length - 1, bestStart + SNIPPET_WORDS - 1)];
    to = bestStart + SNIPPET_WORDS >= words.length ? text.length : last.start + last.length;
  }
  const parts = [];
  if (from > 0) { parts.push({ text: '\u2026 ' }); }
  let at = from;
  ranges.filter(function (r) { return r.start >= from && r.end <= to; }).forEach(function (r) {
    if (r.start < at) { return; }
    if (r.start > at) { parts.push({ text: text.slice(at, r.start) }); }
    parts.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  });
  if (at < to) { parts.push({ text: text.slice(at, to) }); }
  if (to < text.length) { parts.push({ text: ' \u2026' }); }
  return parts;
}

/**
 * The public query function: ranked results with what they show. Resolves to
 * {words, total, ms, results: [{id, type, title, titleMarks, href, score, complete, snippet, activity, sections: [{heading, href, snippet}], downloads: [{title, href, format}]}]}.
 */
export function search(index, query, limit) {
  const started = performance.now();
  return rank(index, query, limit).then(function (ranked) {
    const scored = ranked.results;
    const top = scored.list.map(function (r) { return { doc: r.doc, score: r.score, complete: r.complete, sections: sectionsOf(scored, r.doc) }; });
    return Promise.all(top.map(function (r) { return index.fragment(r.doc); })).then(function (fragments) {
      const results = top.map(function (r, i) { return present(index, r, fragments[i], scored.matched); });
      return { words: ranked.words.map(function (w) { return w.surface; }), total: scored.total, results: results, ms: performance.now() - started };
    });
  });
}

function present(index, r, fragment, matched) {
  const intro = fragment.sections[0];
  // A section without a heading has nothing to show as a sub-result of its own.
  const subs = r.sections.filter(function (s) { return fragment.sections[s][1]; }).slice(0, 3).map(function (s) {
    const section = fragment.sections[s];
    return {
      heading: section[1],
      href: section[0] ? fragment.href.split('#')[0] + '#' + section[0] : fragment.href,
      snippet: snippet(index, section[2], matched)
    };
  });
  return {
    id: r.doc,
    type: fragment.type,
    title: fragment.title,
    titleMarks: snippet(index, fragment.title, matched),
    href: fragment.href,
    score: r.score,
    // false when the result has only some of the query's words; such results come after the others, marked.
    complete: r.complete,
    snippet: snippet(index, intro ? intro[2] : '', matched),
    activity: fragment.matrix ? { matrix: fragment.matrix[0], matrixHref: fragment.matrix[1], accountable: fragment.accountable, responsible: fragment.responsible } : null,
    sections: subs,
    // A role's job profile files, as the index lists them (never guessed from the link).
    downloads: (fragment.downloads || []).map(function (d) { return { title: d[0], href: d[1], format: d[2] }; })
  };
}
