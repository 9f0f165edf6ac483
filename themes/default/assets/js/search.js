// Playbook search: a sharded index built by the generator (src/Playbook.Core/Search), queried here, in the browser,
// with no service and no request leaving the site. This file is the one ranking implementation: the query tests
// (tests/Playbook.BrowserTests/Search) run it in Chromium, so what they check is what people get.
//
// Analysis mirrors the C# analyzer (DutchFolding, DutchStemmer, DutchAnalyzer); the shared vectors in
// tests/Playbook.Tests/Search/analysis-vectors.tsv keep the two equal. Stop words come from the index manifest.
(function () {
  'use strict';

  // ---------------------------------------------------------------------------------------------------------------
  // Analysis

  var FOLD_TABLE = [
    ['\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u0101\u0103\u0105', 'a'], ['\u00e7\u0107\u0109\u010b\u010d', 'c'], ['\u010f\u0111', 'd'], ['\u00e8\u00e9\u00ea\u00eb\u0113\u0115\u0117\u0119\u011b', 'e'], ['\u011d\u011f\u0121\u0123', 'g'], ['\u0125\u0127', 'h'],
    ['\u00ec\u00ed\u00ee\u00ef\u0129\u012b\u012d\u012f\u0131', 'i'], ['\u0135', 'j'], ['\u0137', 'k'], ['\u013a\u013c\u013e\u0140\u0142', 'l'], ['\u00f1\u0144\u0146\u0148\u0149', 'n'], ['\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u014d\u014f\u0151', 'o'], ['\u0155\u0157\u0159', 'r'],
    ['\u015b\u015d\u015f\u0161', 's'], ['\u0163\u0165\u0167', 't'], ['\u00f9\u00fa\u00fb\u00fc\u0169\u016b\u016d\u016f\u0171\u0173', 'u'], ['\u0175', 'w'], ['\u00fd\u00ff\u0177', 'y'], ['\u017a\u017c\u017e', 'z'], ['\u0133', 'ij'],
    ['\u00e6', 'ae'], ['\u0153', 'oe'], ['\u00df', 'ss']
  ];
  var FOLD = {};
  FOLD_TABLE.forEach(function (pair) { for (var i = 0; i < pair[0].length; i++) { FOLD[pair[0][i]] = pair[1]; } });

  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var lower = text[i].toLowerCase();
      var c = lower.length === 1 ? lower : text[i];
      out += FOLD[c] || c;
    }
    return out;
  }

  function isConsonant(c) { return c >= 'a' && c <= 'z' && 'aeiouy'.indexOf(c) < 0; }
  function endsWith(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }

  function collapseDoubleVowels(w) {
    var out = '';
    for (var i = 0; i < w.length; i++) {
      var c = w[i];
      if (out.length > 0 && out[out.length - 1] === c && 'aeou'.indexOf(c) >= 0) { continue; }
      out += c;
    }
    return out;
  }

  // Light Dutch stemmer; see DutchStemmer.cs for the rules and why they exist twice.
  function stem(word) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) { return word; }
    var w = word;
    var removed = false;
    var n = w.length;
    if (endsWith(w, 'heden')) {
      w = w.slice(0, -5) + 'heid';
    } else if (endsWith(w, 'ieen') || endsWith(w, 'eeen')) {
      w = w.slice(0, -2);
    } else if (endsWith(w, 'en') && n - 2 >= 3 && isConsonant(w[n - 3])) {
      w = w.slice(0, -2);
      removed = true;
    } else if (endsWith(w, 'es') && n >= 6 && isConsonant(w[n - 3]) && w[n - 3] !== 'c') {
      w = w.slice(0, -1);
    } else if (endsWith(w, 's') && n - 1 >= 4 && isConsonant(w[n - 2]) && w[n - 2] !== 's' && w[n - 2] !== 'j') {
      w = w.slice(0, -1);
    }
    if (!removed && endsWith(w, 'e') && w.length - 1 >= 3 && isConsonant(w[w.length - 2])) {
      w = w.slice(0, -1);
      removed = true;
    }
    if (removed) {
      if (w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isConsonant(w[w.length - 1])) { w = w.slice(0, -1); }
      if (endsWith(w, 'z')) { w = w.slice(0, -1) + 's'; } else if (endsWith(w, 'v')) { w = w.slice(0, -1) + 'f'; }
    }
    return collapseDoubleVowels(w);
  }

  var WORD = /[\p{L}\p{N}]+/gu;
  var analysed = new Map(); // written word -> [folded, stem]: snippets analyse the same words again and again

  function analyseWord(word) {
    var known = analysed.get(word);
    if (!known) {
      var folded = fold(word);
      known = [folded, stem(folded)];
      if (analysed.size < 50000) { analysed.set(word, known); }
    }
    return known;
  }

  // Tokens of a text with their place in it: {surface, stem, start, length}. Stop words are kept here and marked;
  // callers decide (a query drops them, a snippet does not highlight them).
  function tokenize(text, stopWords) {
    var tokens = [];
    WORD.lastIndex = 0;
    var match;
    while ((match = WORD.exec(text)) !== null) {
      var word = analyseWord(match[0]);
      var surface = word[0];
      if (surface.length < 2) { continue; }
      tokens.push({ surface: surface, stem: word[1], start: match.index, length: match[0].length, stop: !!(stopWords && stopWords.has(surface)) });
    }
    return tokens;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Ranking: the specification in numbers.
  //
  // A query word matches an indexed stem in one of four ways, best first: exactly (same stem, or a surface form equal
  // to the word), as a prefix (people are still typing), as a part of a compound (beleid in parkeerbeleid), or with
  // one typo (words of minTypoLength letters or more, only when the word has no exact match).
  // Where it matches counts more: title, then role name, then heading, then body text.
  // A result's score for a word is the best (field weight x kind weight) over its sections, a little more for each
  // further section that matches; words that few results have weigh more (idf); results that match more of the
  // query's words come first (coordination). Ties keep the index order (reading order of the site).
  var FIELD_WEIGHTS = [1, 4, 8, 10]; // body, heading, role name, title (SearchField in C#)
  var KIND_WEIGHTS = { exact: 1, prefix: 0.7, compound: 0.5, typo: 0.4 };
  var KIND_ORDER = ['exact', 'prefix', 'compound', 'typo'];
  var SECTION_BONUS = 0.1;
  var MAX_SECTION_BONUS = 5;

  // One edit apart (insert, delete, substitute or swap two neighbours)?
  function withinOneEdit(a, b) {
    if (a === b) { return true; }
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) { return false; }
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) { i++; }
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) { return true; }
      return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The index: manifest, shards and fragments, each fetched once.

  function SearchIndex(base) {
    this.base = base;
    this.manifest = null;
    this.stopWords = new Set();
    this.shards = new Map();
    this.fragments = new Map();
    this.manifestPromise = null;
  }

  SearchIndex.prototype.fetchJson = function (path) {
    return fetch(this.base + path, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('search index: ' + response.status + ' for ' + path); }
      return response.json();
    });
  };

  SearchIndex.prototype.load = function () {
    var self = this;
    if (!this.manifestPromise) {
      this.manifestPromise = this.fetchJson('manifest.json').then(function (manifest) {
        self.manifest = manifest;
        self.stopWords = new Set(manifest.stopWords);
        return manifest;
      });
    }
    return this.manifestPromise;
  };

  SearchIndex.prototype.shardKey = function (term) { return term.slice(0, this.manifest.shardKeyLength); };

  // Resolves to the shard ({t, p, d}) or null when no indexed word starts that way.
  SearchIndex.prototype.shard = function (key) {
    var path = this.manifest.shards[key];
    if (!path) { return Promise.resolve(null); }
    if (!this.shards.has(key)) {
      this.shards.set(key, this.fetchJson(path).then(function (data) { data.decoded = new Map(); return data; }));
    }
    return this.shards.get(key);
  };

  SearchIndex.prototype.fragment = function (id) {
    if (!this.fragments.has(id)) { this.fragments.set(id, this.fetchJson('f/' + id + '.json')); }
    return this.fragments.get(id);
  };

  // Postings of a stem as flat typed arrays: docs[i] has codes[starts[i] .. starts[i + 1]).
  function decode(shard, stemKey) {
    var cached = shard.decoded.get(stemKey);
    if (cached) { return cached; }
    var flat = shard.t[stemKey][1];
    var count = 0;
    for (var i = 0; i < flat.length; i += 2 + flat[i + 1]) { count++; }
    var docs = new Int32Array(count), starts = new Int32Array(count + 1), codes = new Int32Array(flat.length - 2 * count);
    var doc = 0, at = 0, n = 0;
    for (var j = 0; j < flat.length;) {
      doc += flat[j++];
      var k = flat[j++];
      docs[n] = doc;
      starts[n++] = at;
      for (var c = 0; c < k; c++) { codes[at++] = flat[j++]; }
    }
    starts[n] = at;
    var postings = { docs: docs, starts: starts, codes: codes };
    shard.decoded.set(stemKey, postings);
    return postings;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Query

  function queryWords(index, query) {
    var seen = new Set();
    return tokenize(query, index.stopWords).filter(function (t) {
      if (t.stop || seen.has(t.stem)) { return false; }
      seen.add(t.stem);
      return true;
    });
  }

  function loadAll(index, keys) {
    var unique = Array.from(new Set(keys));
    return Promise.all(unique.map(function (k) { return index.shard(k); })).then(function (shards) {
      var byKey = new Map();
      unique.forEach(function (k, i) { if (shards[i]) { byKey.set(k, shards[i]); } });
      return byKey;
    });
  }

  function typoProbes(s) {
    // Deletions at the front of the query word: where the keys of words with a typo there are filed.
    return [s.slice(1), s[0] + s.slice(2), s.slice(0, 2) + s.slice(3)];
  }

  // Finds, for one query word, the indexed stems it matches and how: Map stem -> {kind, weight, part?}.
  function candidates(index, word, shards, later) {
    var found = new Map();
    var s = word.stem, f = word.surface;
    function add(stemKey, kind, weight, part) {
      var existing = found.get(stemKey);
      if (!existing || existing.weight < weight) { found.set(stemKey, { kind: kind, weight: weight, part: part }); }
    }
    [index.shardKey(s), index.shardKey(f)].forEach(function (key) {
      var shard = shards.get(key);
      if (!shard) { return; }
      Object.keys(shard.t).forEach(function (t) {
        var surfaces = shard.t[t][0];
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
    var s = word.stem;
    var own = shards.get(index.shardKey(s));
    if (own) {
      Object.keys(own.t).forEach(function (t) { if (!found.has(t) && withinOneEdit(s, t)) { later.typos.push({ word: word, stem: t }); } });
    }
    [s].concat(typoProbes(s)).forEach(function (probe) {
      var shard = shards.get(index.shardKey(probe));
      if (!shard) { return; }
      (shard.d[probe] || []).concat(shard.t[probe] ? [probe] : []).forEach(function (t) {
        if (!found.has(t) && withinOneEdit(s, t)) { later.typos.push({ word: word, stem: t }); }
      });
    });
  }

  function needsTypos(index, word, found) {
    return word.surface.length >= index.manifest.minTypoLength && !Array.from(found.values()).some(function (m) { return m.kind === 'exact'; });
  }

  // Runs a query; resolves to the ranked results (without their fragments): [{doc, score, sections, matched}].
  function rank(index, query, limit) {
    return index.load().then(function () {
      var words = queryWords(index, query);
      if (words.length === 0) { return { words: words, results: { list: [], total: 0, postingsByWord: [], matched: new Map() } }; }
      var keys = [];
      words.forEach(function (w) { keys.push(index.shardKey(w.stem), index.shardKey(w.surface)); });
      return loadAll(index, keys).then(function (shards) {
        var later = { compounds: [], typos: [] };
        var matches = words.map(function (w) { return candidates(index, w, shards, later); });
        // Typo probes only for words that found nothing exact: most queries never load those shards.
        var typoWords = words.filter(function (w, i) { return needsTypos(index, w, matches[i]); });
        var probeKeys = [];
        typoWords.forEach(function (w) { typoProbes(w.stem).forEach(function (p) { probeKeys.push(index.shardKey(p)); }); });
        return loadAll(index, probeKeys).then(function (probed) {
          probed.forEach(function (shard, key) { shards.set(key, shard); });
          typoWords.forEach(function (w) { typoCandidates(index, w, matches[words.indexOf(w)], shards, later); });
          var second = later.compounds.concat(later.typos).map(function (c) { return index.shardKey(c.stem); });
          return loadAll(index, second);
        }).then(function (more) {
          more.forEach(function (shard, key) { shards.set(key, shard); });
          later.compounds.forEach(function (c) {
            var m = matches[words.indexOf(c.word)];
            if (!m.has(c.stem)) { m.set(c.stem, { kind: 'compound', weight: KIND_WEIGHTS.compound, part: c.part }); }
          });
          later.typos.forEach(function (c) {
            var m = matches[words.indexOf(c.word)];
            if (!m.has(c.stem)) { m.set(c.stem, { kind: 'typo', weight: KIND_WEIGHTS.typo }); }
          });
          return { words: words, results: score(index, words, matches, shards, limit) };
        });
      });
    });
  }

  // Scores every result that matches any word, in flat arrays indexed by result id (a query on a large site touches
  // thousands of results; objects per result would cost more than the ranking itself). Sections are worked out
  // afterwards, for the results that are shown only (see sectionsOf).
  function score(index, words, matches, shards, limit) {
    var total = index.manifest.documents;
    var raw = new Float64Array(total);
    var matchedWords = new Uint8Array(total);
    var best = new Float64Array(total);
    var sectionBits = new Uint32Array(total);
    var touched = [];
    var postingsByWord = words.map(function () { return []; });
    words.forEach(function (word, wi) {
      var docs = [];
      matches[wi].forEach(function (match, stemKey) {
        var shard = shards.get(index.shardKey(stemKey));
        if (!shard || !shard.t[stemKey]) { return; }
        var postings = decode(shard, stemKey);
        postingsByWord[wi].push({ postings: postings, weight: match.weight });
        var ids = postings.docs, starts = postings.starts, codes = postings.codes, weight = match.weight;
        for (var p = 0; p < ids.length; p++) {
          var doc = ids[p];
          if (best[doc] === 0) { docs.push(doc); }
          for (var c = starts[p]; c < starts[p + 1]; c++) {
            var value = FIELD_WEIGHTS[codes[c] & 3] * weight;
            if (value > best[doc]) { best[doc] = value; }
            sectionBits[doc] |= 1 << Math.min(codes[c] >> 2, 31);
          }
        }
      });
      var idf = Math.log(1 + total / (1 + docs.length));
      for (var d = 0; d < docs.length; d++) {
        var id = docs[d];
        var bits = sectionBits[id], count = 0;
        while (bits) { bits &= bits - 1; count++; }
        if (matchedWords[id] === 0) { touched.push(id); }
        raw[id] += idf * best[id] * (1 + SECTION_BONUS * Math.min(count - 1, MAX_SECTION_BONUS));
        matchedWords[id] += 1;
        best[id] = 0;
        sectionBits[id] = 0;
      }
      postingsByWord[wi].idf = idf;
    });
    var scores = raw;
    for (var t = 0; t < touched.length; t++) {
      var coordination = matchedWords[touched[t]] / words.length;
      scores[touched[t]] = raw[touched[t]] * coordination * coordination;
    }
    var results = topResults(touched, scores, limit);
    var matchedStems = new Map();
    matches.forEach(function (m) { m.forEach(function (match, stemKey) { matchedStems.set(stemKey, match); }); });
    return { list: results, total: touched.length, postingsByWord: postingsByWord, matched: matchedStems };
  }

  // The best `limit` results, best first; equal scores keep index order. One pass with a small sorted list, so a
  // query that matches thousands of results sorts only the ones shown.
  function topResults(ids, scores, limit) {
    var top = [];
    function better(a, b) { return scores[a] > scores[b] || (scores[a] === scores[b] && a < b); }
    for (var i = 0; i < ids.length; i++) {
      var id = ids[i];
      if (top.length === limit && !better(id, top[limit - 1])) { continue; }
      var at = top.length === limit ? limit - 1 : top.length;
      while (at > 0 && better(id, top[at - 1])) { top[at] = top[at - 1]; at--; }
      top[at] = id;
    }
    return top.map(function (id) { return { doc: id, score: scores[id] }; });
  }

  function findPosting(postings, doc) {
    var docs = postings.docs, lo = 0, hi = docs.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (docs[mid] === doc) { return mid; }
      if (docs[mid] < doc) { lo = mid + 1; } else { hi = mid - 1; }
    }
    return -1;
  }

  // The sections (headings) of one result that match the query, best first: its sub-results.
  function sectionsOf(scored, doc) {
    var sections = new Map();
    scored.postingsByWord.forEach(function (entries) {
      var perSection = new Map();
      entries.forEach(function (entry) {
        var i = findPosting(entry.postings, doc);
        if (i < 0) { return; }
        for (var c = entry.postings.starts[i]; c < entry.postings.starts[i + 1]; c++) {
          var code = entry.postings.codes[c], section = code >> 2, value = FIELD_WEIGHTS[code & 3] * entry.weight;
          if (section > 0 && !(perSection.get(section) >= value)) { perSection.set(section, value); }
        }
      });
      perSection.forEach(function (value, section) { sections.set(section, (sections.get(section) || 0) + entries.idf * value); });
    });
    return Array.from(sections.entries())
      .sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; })
      .map(function (e) { return e[0]; });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Snippets: the part of a section's text with the most matched words, matched words marked.

  var SNIPPET_WORDS = 26;

  function highlightRanges(index, text, matched) {
    var ranges = [];
    tokenize(text, index.stopWords).forEach(function (t) {
      if (t.stop) { return; }
      var match = matched.get(t.stem);
      if (!match) { return; }
      var start = t.start, length = t.length;
      if (match.kind === 'compound' && match.part && t.surface.length === t.length) {
        // Mark only the part inside the compound: beleid in parkeer|beleid.
        var at = t.surface.lastIndexOf(match.part);
        var partLength = match.part.length;
        if (at < 0) { partLength -= 1; at = t.surface.lastIndexOf(match.part.slice(0, partLength)); }
        if (at > 0) { start += at; length = at + partLength >= t.length ? t.length - at : partLength; }
      }
      ranges.push({ start: start, end: start + length, token: t });
    });
    return ranges;
  }

  function snippet(index, text, matched) {
    if (!text) { return []; }
    var words = tokenize(text, null);
    var ranges = highlightRanges(index, text, matched);
    var from = 0, to = text.length;
    if (words.length > SNIPPET_WORDS) {
      var bestStart = 0, bestCount = -1;
      for (var i = 0; i + SNIPPET_WORDS <= words.length; i += 2) {
        var lo = words[i].start, hi = words[i + SNIPPET_WORDS - 1].start;
        var count = ranges.filter(function (r) { return r.start >= lo && r.start <= hi; }).length;
        if (count > bestCount) { bestCount = count; bestStart = i; }
      }
      var startWord = bestStart;
      from = startWord === 0 ? 0 : words[startWord].start;
      var last = words[Math.min(words.length - 1, startWord + SNIPPET_WORDS - 1)];
      to = startWord + SNIPPET_WORDS >= words.length ? text.length : last.start + last.length;
    }
    var parts = [];
    if (from > 0) { parts.push({ text: '\u2026 ' }); }
    var at = from;
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

  // The public query function: ranked results with what they show.
  // Resolves to {words, total, results: [{id, type, title, href, score, snippet, activity, sections: [{heading, href, snippet}]}]}.
  function search(index, query, limit) {
    var started = performance.now();
    return rank(index, query, limit).then(function (ranked) {
      var scored = ranked.results;
      var top = scored.list.map(function (r) { return { doc: r.doc, score: r.score, sections: sectionsOf(scored, r.doc), matched: scored.matched }; });
      return Promise.all(top.map(function (r) { return index.fragment(r.doc); })).then(function (fragments) {
        var results = top.map(function (r, i) {
          var fragment = fragments[i];
          var intro = fragment.sections[0];
          var mainSnippet = snippet(index, intro ? intro[2] : '', r.matched);
          var subs = r.sections.slice(0, 3).map(function (s) {
            var section = fragment.sections[s];
            return {
              heading: section[1],
              href: section[0] ? fragment.href.split('#')[0] + '#' + section[0] : fragment.href,
              snippet: snippet(index, section[2], r.matched)
            };
          });
          return {
            id: r.doc,
            type: fragment.type,
            title: fragment.title,
            titleMarks: snippet(index, fragment.title, r.matched),
            href: fragment.href,
            score: r.score,
            snippet: mainSnippet,
            activity: fragment.matrix ? { matrix: fragment.matrix[0], matrixHref: fragment.matrix[1], accountable: fragment.accountable, responsible: fragment.responsible } : null,
            sections: subs
          };
        });
        return { words: ranked.words.map(function (w) { return w.surface; }), total: scored.total, results: results, ms: performance.now() - started };
      });
    });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // User interface: the combobox in the header and the results page.

  function t(index, key, n) {
    var strings = (index.manifest && index.manifest.strings) || {};
    var value = strings[key] || key;
    return n === undefined ? value : value.replace('{n}', String(n));
  }

  function countText(index, n) {
    if (n === 0) { return t(index, 'search_no_results'); }
    if (n === 1) { return t(index, 'search_one_result'); }
    return t(index, 'search_results_count', n);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function appendMarked(parent, parts) {
    parts.forEach(function (p) { parent.appendChild(p.mark ? el('mark', null, p.text) : document.createTextNode(p.text)); });
    return parent;
  }

  function activityLine(index, result) {
    var a = result.activity;
    var line = el('span', 'pb-search-result__facts');
    line.appendChild(el('span', null, t(index, 'search_in_matrix') + ': ' + a.matrix));
    line.appendChild(el('span', null, t(index, 'raci_A') + ' (A): ' + a.accountable.join(', ')));
    line.appendChild(el('span', null, t(index, 'raci_R') + ' (R): ' + a.responsible.join(', ')));
    return line;
  }

  function renderResultBody(index, container, result) {
    var head = el('span', 'pb-search-result__head');
    head.appendChild(el('span', 'pb-search-result__type pb-search-result__type--' + result.type, t(index, 'search_type_' + result.type)));
    head.appendChild(appendMarked(el('span', 'pb-search-result__title'), result.titleMarks));
    container.appendChild(head);
    if (result.activity) { container.appendChild(activityLine(index, result)); }
    if (result.snippet.length > 0) { container.appendChild(appendMarked(el('span', 'pb-search-result__snippet'), result.snippet)); }
  }

  function Combobox(form, index) {
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

  Combobox.LIMIT = 8;

  Combobox.prototype.bind = function () {
    var self = this;
    this.input.addEventListener('input', function () { self.update(); });
    this.input.addEventListener('focus', function () { self.index.load().catch(function () { }); });
    this.input.addEventListener('keydown', function (e) { self.onKey(e); });
    this.listbox.addEventListener('mousedown', function (e) { e.preventDefault(); });
    this.listbox.addEventListener('click', function (e) {
      var option = e.target.closest('[role=option]');
      if (option) { self.follow(option.getAttribute('data-href')); }
    });
    this.input.addEventListener('blur', function () { self.close(); });
  };

  Combobox.prototype.onKey = function (e) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (this.listbox.hidden) { if (this.options.length > 0) { this.open(); } else { return; } }
      e.preventDefault();
      var step = e.key === 'ArrowDown' ? 1 : -1;
      var next = this.active + step;
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
  };

  Combobox.prototype.follow = function (href) { if (href) { window.location.assign(href); } };

  Combobox.prototype.activate = function (i) {
    if (this.active >= 0 && this.options[this.active]) { this.options[this.active].setAttribute('aria-selected', 'false'); }
    this.active = i;
    if (i >= 0) {
      var option = this.options[i];
      option.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  Combobox.prototype.open = function () { this.listbox.hidden = false; this.input.setAttribute('aria-expanded', 'true'); };

  Combobox.prototype.close = function () {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.activate(-1);
  };

  Combobox.prototype.clear = function () {
    this.sequence++;
    this.close();
    this.listbox.textContent = '';
    this.options = [];
    this.status.textContent = '';
  };

  Combobox.prototype.update = function () {
    var self = this;
    var query = this.input.value;
    if (query.trim().length < 2) { this.clear(); return; }
    var sequence = ++this.sequence;
    this.listbox.setAttribute('aria-busy', 'true');
    search(this.index, query, Combobox.LIMIT).then(function (found) {
      if (sequence !== self.sequence) { return; }
      self.render(query, found);
      self.listbox.removeAttribute('aria-busy');
    }).catch(function () {
      if (sequence !== self.sequence) { return; }
      self.listbox.removeAttribute('aria-busy');
      self.clear();
      self.status.textContent = t(self.index, 'search_error');
    });
  };

  Combobox.prototype.render = function (query, found) {
    var self = this;
    // Results that arrive while someone is choosing keep their choice when it is still there.
    var chosen = this.active >= 0 && this.options[this.active] ? this.options[this.active].getAttribute('data-href') : null;
    this.listbox.textContent = '';
    this.options = [];
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    var n = 0;
    function option(className, href) {
      var li = el('li', className);
      li.id = 'pb-search-option-' + (n++);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.setAttribute('data-href', href);
      self.listbox.appendChild(li);
      self.options.push(li);
      return li;
    }
    found.results.forEach(function (result) {
      renderResultBody(self.index, option('pb-search-result', result.href), result);
      result.sections.slice(0, 2).forEach(function (section) {
        var sub = option('pb-search-result pb-search-result--section', section.href);
        sub.appendChild(el('span', 'pb-search-result__title', section.heading));
        if (section.snippet.length > 0) { sub.appendChild(appendMarked(el('span', 'pb-search-result__snippet'), section.snippet)); }
      });
    });
    if (found.total > 0) {
      var all = option('pb-search-result pb-search-result--all', this.form.getAttribute('action') + '?q=' + encodeURIComponent(query));
      all.textContent = t(this.index, 'search_all_results') + ' (' + found.total + ')';
    } else {
      var none = el('li', 'pb-search-result pb-search-result--none', t(this.index, 'search_no_results'));
      none.setAttribute('role', 'presentation');
      this.listbox.appendChild(none);
    }
    this.status.textContent = countText(this.index, found.total);
    this.open();
    if (chosen) {
      var again = this.options.findIndex(function (o) { return o.getAttribute('data-href') === chosen; });
      if (again >= 0) { this.activate(again); }
    }
  };

  function ResultsPage(root, index, combobox) {
    this.index = index;
    this.input = root.querySelector('[data-search-page-input]');
    this.status = root.querySelector('[data-search-status]');
    this.list = root.querySelector('[data-search-results]');
    this.fallback = root.querySelector('[data-search-fallback]');
    this.combobox = combobox;
    this.sequence = 0;
    var self = this;
    var query = new URLSearchParams(window.location.search).get('q') || '';
    this.input.value = query;
    if (combobox) { combobox.input.value = query; }
    this.input.addEventListener('input', function () {
      var url = new URL(window.location.href);
      url.searchParams.set('q', self.input.value);
      window.history.replaceState(null, '', url);
      self.update(self.input.value);
    });
    this.update(query);
  }

  ResultsPage.LIMIT = 50;

  ResultsPage.prototype.update = function (query) {
    var self = this;
    var sequence = ++this.sequence;
    if (query.trim().length < 2) {
      this.list.hidden = true;
      this.list.textContent = '';
      this.index.load().then(function () { self.status.textContent = query.trim() ? t(self.index, 'search_too_short') : ''; self.fallback.hidden = true; });
      return;
    }
    search(this.index, query, ResultsPage.LIMIT).then(function (found) {
      if (sequence !== self.sequence) { return; }
      self.fallback.hidden = true;
      self.render(query, found);
    }).catch(function () {
      self.status.textContent = t(self.index, 'search_error');
      self.fallback.hidden = false;
    });
  };

  ResultsPage.prototype.render = function (query, found) {
    var self = this;
    this.list.textContent = '';
    found.results.forEach(function (result) {
      var li = el('li', 'pb-search-page__result');
      var link = el('a', 'pb-search-page__link');
      link.href = result.href;
      renderResultBody(self.index, link, result);
      li.appendChild(link);
      if (result.sections.length > 0) {
        var subs = el('ul', 'pb-search-page__sections');
        result.sections.forEach(function (section) {
          var sub = el('li');
          var a = el('a', 'pb-search-page__link pb-search-page__link--section');
          a.href = section.href;
          a.appendChild(el('span', 'pb-search-result__title', section.heading));
          if (section.snippet.length > 0) { a.appendChild(appendMarked(el('span', 'pb-search-result__snippet'), section.snippet)); }
          sub.appendChild(a);
          subs.appendChild(sub);
        });
        li.appendChild(subs);
      }
      self.list.appendChild(li);
    });
    this.list.hidden = found.results.length === 0;
    this.status.textContent = countText(this.index, found.total) + ' ' + t(this.index, 'search_results_for') + ' \u201c' + query.trim() + '\u201d';
  };

  function focusOnSlash(input) {
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) { return; }
      var target = e.target;
      var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if (typing) { return; }
      e.preventDefault();
      input.focus();
      input.select();
    });
  }

  function start() {
    var form = document.querySelector('form[data-search]');
    if (!form) { return; }
    var index = new SearchIndex(form.getAttribute('data-search-index'));
    var combobox = new Combobox(form, index);
    focusOnSlash(combobox.input);
    var page = document.querySelector('.pb-kind-search');
    var results = null;
    if (page && page.querySelector('[data-search-results]')) { results = new ResultsPage(page, index, combobox); }
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

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
