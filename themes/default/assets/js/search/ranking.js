// Ranking: the specification in numbers. Where a word matches counts more: title, then role name, then heading,
// then body text. A result's score for a word is the best (field weight x kind weight) over its sections, a little
// more for each further section that matches; words that few results have weigh more (idf); results that match more
// of the query's words come first (coordination), and results with all of them before any other. Ties keep the index
// order (reading order of the site).
import { decode } from './search-index.js';
import { queryWords, findMatches } from './matching.js';

export const FIELD_WEIGHTS = [1, 4, 8, 10]; // body, heading, role name, title (SearchField in C#)
// A role name counts as a name only when the query says a whole word of it: a prefix or a compound part ("strategie"
// in the result area "Contentstrategie") weighs as a heading, so it does not lift every role above the pages about it.
const PART_FIELD_WEIGHTS = [1, 4, 4, 10];
const SECTION_BONUS = 0.1;
const MAX_SECTION_BONUS = 5;

/** Runs a query; resolves to {words, results: {list: [{doc, score, complete}], total, postingsByWord, matched}}. */
export function rank(index, query, limit) {
  return index.load().then(function () {
    const words = queryWords(index, query);
    if (words.length === 0) { return { words: words, results: { list: [], total: 0, postingsByWord: [], matched: new Map() } }; }
    return findMatches(index, words).then(function (found) {
      return { words: words, results: score(index, words, found.matches, found.shards, limit) };
    });
  });
}

// Scores every result that matches any word, in flat arrays indexed by result id (a query on a large site touches
// thousands of results; objects per result would cost more than the ranking itself). Sections are worked out
// afterwards, for the results that are shown only (see sectionsOf).
function score(index, words, matches, shards, limit) {
  const total = index.manifest.documents;
  const raw = new Float64Array(total);
  const matchedWords = new Uint8Array(total);
  const best = new Float64Array(total);
  const sectionBits = new Uint32Array(total);
  const touched = [];
  const postingsByWord = words.map(function () { return []; });
  words.forEach(function (word, wi) {
    const docs = [];
    matches[wi].forEach(function (match, stemKey) {
      const shard = shards.get(index.shardKey(stemKey));
      if (!shard || !shard.t[stemKey]) { return; }
      const postings = decode(shard, stemKey);
      postingsByWord[wi].push({ postings: postings, weight: match.weight });
      const ids = postings.docs, starts = postings.starts, codes = postings.codes, weight = match.weight;
      const fieldWeights = match.kind === 'exact' ? FIELD_WEIGHTS : PART_FIELD_WEIGHTS;
      for (let p = 0; p < ids.length; p++) {
        const doc = ids[p];
        if (best[doc] === 0) { docs.push(doc); }
        for (let c = starts[p]; c < starts[p + 1]; c++) {
          const value = fieldWeights[codes[c] & 3] * weight;
          if (value > best[doc]) { best[doc] = value; }
          sectionBits[doc] |= 1 << Math.min(codes[c] >> 2, 31);
        }
      }
    });
    const idf = Math.log(1 + total / (1 + docs.length));
    for (let d = 0; d < docs.length; d++) {
      const id = docs[d];
      let bits = sectionBits[id], count = 0;
      while (bits) { bits &= bits - 1; count++; }
      if (matchedWords[id] === 0) { touched.push(id); }
      raw[id] += idf * best[id] * (1 + SECTION_BONUS * Math.min(count - 1, MAX_SECTION_BONUS));
      matchedWords[id] += 1;
      best[id] = 0;
      sectionBits[id] = 0;
    }
    postingsByWord[wi].idf = idf;
  });
  const scores = raw;
  for (let t = 0; t < touched.length; t++) {
    const coordination = matchedWords[touched[t]] / words.length;
    scores[touched[t]] = raw[touched[t]] * coordination * coordination;
  }
  // Results with every word of the query come before results with some of them, whatever their scores: someone who
  // types "eindverantwoordelijk webcare" means both.
  const complete = new Uint8Array(total);
  for (let t = 0; t < touched.length; t++) { complete[touched[t]] = matchedWords[touched[t]] === words.length ? 1 : 0; }
  const results = topResults(touched, scores, complete, limit);
  const matchedStems = new Map();
  matches.forEach(function (m) { m.forEach(function (match, stemKey) { matchedStems.set(stemKey, match); }); });
  return { list: results, total: touched.length, postingsByWord: postingsByWord, matched: matchedStems };
}

// The best `limit` results, best first; equal scores keep index order. One pass with a small sorted list, so a
// query that matches thousands of results sorts only the ones shown.
function topResults(ids, scores, complete, limit) {
  const top = [];
  function better(a, b) {
    if (complete[a] !== complete[b]) { return complete[a] > complete[b]; }
    return scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (top.length === limit && !better(id, top[limit - 1])) { continue; }
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && better(id, top[at - 1])) { top[at] = top[at - 1]; at--; }
    top[at] = id;
  }
  return top.map(function (id) { return { doc: id, score: scores[id], complete: complete[id] === 1 }; });
}

function findPosting(postings, doc) {
  const docs = postings.docs;
  let lo = 0, hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid] === doc) { return mid; }
    if (docs[mid] < doc) { lo = mid + 1; } else { hi = mid - 1; }
  }
  return -1;
}

/** The sections (headings) of one result that match the query, best first: its sub-results. */
export function sectionsOf(scored, doc) {
  const sections = new Map();
  scored.postingsByWord.forEach(function (entries) {
    const perSection = new Map();
    entries.forEach(function (entry) {
      const i = findPosting(entry.postings, doc);
      if (i < 0) { return; }
      for (let c = entry.postings.starts[i]; c < entry.postings.starts[i + 1]; c++) {
        const code = entry.postings.codes[c], section = code >> 2, value = FIELD_WEIGHTS[code & 3] * entry.weight;
        if (section > 0 && !(perSection.get(section) >= value)) { perSection.set(section, value); }
      }
    });
    perSection.forEach(function (value, section) { sections.set(section, (sections.get(section) || 0) + entries.idf * value); });
  });
  return Array.from(sections.entries())
    .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
    .map(function (e) { return e[0]; });
}
