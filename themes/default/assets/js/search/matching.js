// Which indexed stems a query word matches, and how. A word matches a stem in one of four ways, best first: exactly
// (same stem, or a surface form equal to the word), as a prefix (people are still typing), as a part of a compound
// (beleid in parkeerbeleid), or with one typo (words of minTypoLength letters or more, only without an exact match).
import { tokenize } from './analysis.js';

export const KIND_WEIGHTS = { exact: 1, prefix: 0.7, compound: 0.5, typo: 0.4 };
export const KIND_ORDER = ['exact', 'prefix', 'compound', 'typo'];

/** One edit apart (insert, delete, substitute or swap two neighbours)? */
export function withinOneEdit(a, b) {
  if (a === b) { return true; }
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) { return false; }
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) { i++; }
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The query's words: analysed, without stop words, each stem once. */
export function queryWords(index, query) {
  const seen = new Set();
  return tokenize(query, index.stopWords).filter(function (t) {
    if (t.stop || seen.has(t.stem)) { return false; }
    seen.add(t.stem);
    return true;
  });
}

// Deletions at the front of the query word: where the keys of words with a typo there are filed.
function typoProbes(s) { return [s.slice(1), s[0] + s.slice(2), s.slice(0, 2) + s.slice(3)]; }

// Finds, for one query word, the indexed stems it matches and how: Map stem -> {kind, weight, part?}. Compound
// parts point to stems in other shards; those are collected in `later` and added once their shards are loaded.
function candidates(index, word, shards, later) {
  const found = new Map();
  const s = word.stem, f = word.surface;
  function add(stemKey, kind, weight, part) {
    const existing = found.get(stemKey);
    if (!existing || existing.weight < weight) { found.set(stemKey, { kind: kind, weight: weight, part: part }); }
  }
  [index.shardKey(s), index.shardKey(f)].forEach(function (key) {
    const shard = shards.get(key);
    if (!shard) { return; }
    Object.keys(shard.t).forEach(function (t) {
      const surfaces = shard.t[t][0];
      if (t === s || surfaces.indexOf(f) >= 0) {
        add(t, 'exact', KIND_WEIGHTS.exact);
      } else if (t.indexOf(s) === 0 || surfaces.some(function (x) { return x.indexOf(f) === 0; })) {
        // Shorter completions are closer to what is typed: parkeer prefers parkeren to parkeerapplicatie.
        add(t, 'prefix', KIND_WEIGHTS.prefix * (0.8 + 0.2 * s.length / t.length));
      }
    });
    Object.keys(shard.p).forEach(function (part) {
      if (part === s || (s.length >= 4 && part.indexOf(s) === 0)) {
        shard.p[part].forEach(function (compound) {
          if (!found.has(compound)) { later.compounds.push({ word: word, stem: compound, part: part }); }
        });
      }
    });
  });
  return found;
}

// Typo candidates for a word without an exact match: stems one edit away, from the word's own shard and from the
// shards its typo probes point to (see SearchIndexBuilder.TypoKeys).
function typoCandidates(index, word, found, shards, later) {
  const s = word.stem;
  const own = shards.get(index.shardKey(s));
  if (own) {
    Object.keys(own.t).forEach(function (t) { if (!found.has(t) && withinOneEdit(s, t)) { later.typos.push({ word: word, stem: t }); } });
  }
  [s].concat(typoProbes(s)).forEach(function (probe) {
    const shard = shards.get(index.shardKey(probe));
    if (!shard) { return; }
    (shard.d[probe] || []).concat(shard.t[probe] ? [probe] : []).forEach(function (t) {
      if (!found.has(t) && withinOneEdit(s, t)) { later.typos.push({ word: word, stem: t }); }
    });
  });
}

function needsTypos(index, word, found) {
  return word.surface.length >= index.manifest.minTypoLength && !Array.from(found.values()).some(function (m) { return m.kind === 'exact'; });
}

/**
 * Resolves to {matches, shards}: per query word a Map stem -> {kind, weight, part?}, and every shard those stems live
 * in. Typo shards are loaded only for words that found nothing exact, so most queries never load them.
 */
export function findMatches(index, words) {
  const keys = [];
  words.forEach(function (w) { keys.push(index.shardKey(w.stem), index.shardKey(w.surface)); });
  return index.loadAll(keys).then(function (shards) {
    const later = { compounds: [], typos: [] };
    const matches = words.map(function (w) { return candidates(index, w, shards, later); });
    const typoWords = words.filter(function (w, i) { return needsTypos(index, w, matches[i]); });
    const probeKeys = [];
    typoWords.forEach(function (w) { typoProbes(w.stem).forEach(function (p) { probeKeys.push(index.shardKey(p)); }); });
    return index.loadAll(probeKeys).then(function (probed) {
      probed.forEach(function (shard, key) { shards.set(key, shard); });
      typoWords.forEach(function (w) { typoCandidates(index, w, matches[words.indexOf(w)], shards, later); });
      const second = later.compounds.concat(later.typos).map(function (c) { return index.shardKey(c.stem); });
      return index.loadAll(second);
    }).then(function (more) {
      more.forEach(function (shard, key) { shards.set(key, shard); });
      later.compounds.forEach(function (c) {
        const m = matches[words.indexOf(c.word)];
        if (!m.has(c.stem)) { m.set(c.stem, { kind: 'compound', weight: KIND_WEIGHTS.compound, part: c.part }); }
      });
      later.typos.forEach(function (c) {
        const m = matches[words.indexOf(c.word)];
        if (!m.has(c.stem)) { m.set(c.stem, { kind: 'typo', weight: KIND_WEIGHTS.typo }); }
      });
      return { matches: matches, shards: shards };
    });
  });
}
