// Dutch analysis for queries and snippets: folding, a light stemmer and tokenizing. It mirrors the C# analyzer
// (src/Playbook.Core/Search: DutchFolding, DutchStemmer, DutchAnalyzer); the shared vectors in
// tests/Playbook.Tests/Search/analysis-vectors.tsv keep the two equal, checked in node and in Chromium.
// No imports and no DOM, so node can load this file on its own.

const FOLD_TABLE = [
  ['\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u0101\u0103\u0105', 'a'], ['\u00e7\u0107\u0109\u010b\u010d', 'c'], ['\u010f\u0111', 'd'], ['\u00e8\u00e9\u00ea\u00eb\u0113\u0115\u0117\u0119\u011b', 'e'], ['\u011d\u011f\u0121\u0123', 'g'], ['\u0125\u0127', 'h'],
  ['\u00ec\u00ed\u00ee\u00ef\u0129\u012b\u012d\u012f\u0131', 'i'], ['\u0135', 'j'], ['\u0137', 'k'], ['\u013a\u013c\u013e\u0140\u0142', 'l'], ['\u00f1\u0144\u0146\u0148\u0149', 'n'], ['\u00f2\u00f3\u00f4\u00f5\u00f6\u00f8\u014d\u014f\u0151', 'o'], ['\u0155\u0157\u0159', 'r'],
  ['\u015b\u015d\u015f\u0161', 's'], ['\u0163\u0165\u0167', 't'], ['\u00f9\u00fa\u00fb\u00fc\u0169\u016b\u016d\u016f\u0171\u0173', 'u'], ['\u0175', 'w'], ['\u00fd\u00ff\u0177', 'y'], ['\u017a\u017c\u017e', 'z'], ['\u0133', 'ij'],
  ['\u00e6', 'ae'], ['\u0153', 'oe'], ['\u00df', 'ss']
];
const FOLD = {};
FOLD_TABLE.forEach(function (pair) { for (let i = 0; i < pair[0].length; i++) { FOLD[pair[0][i]] = pair[1]; } });

/** Lower case without diacritics, exactly as DutchFolding.Fold. */
export function fold(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const lower = text[i].toLowerCase();
    const c = lower.length === 1 ? lower : text[i];
    out += FOLD[c] || c;
  }
  return out;
}

function isConsonant(c) { return c >= 'a' && c <= 'z' && 'aeiouy'.indexOf(c) < 0; }
function endsWith(w, s) { return w.length >= s.length && w.slice(w.length - s.length) === s; }

function collapseDoubleVowels(w) {
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i];
    if (out.length > 0 && out[out.length - 1] === c && 'aeou'.indexOf(c) >= 0) { continue; }
    out += c;
  }
  return out;
}

/** Light Dutch stemmer; see DutchStemmer.cs for the rules and why they exist twice. */
export function stem(word) {
  if (word.length < 4 || !/^[a-z]+$/.test(word)) { return word; }
  let w = word;
  let removed = false;
  const n = w.length;
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
  } else if (endsWith(w, 'dt') && n >= 5) {
    w = w.slice(0, -1); // verb forms: beantwoordt, vindt (DutchStemmer)
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

const WORD = /[\p{L}\p{N}]+/gu;
const analysed = new Map(); // written word -> [folded, stem]: snippets analyse the same words again and again

function analyseWord(word) {
  let known = analysed.get(word);
  if (!known) {
    const folded = fold(word);
    known = [folded, stem(folded)];
    if (analysed.size < 50000) { analysed.set(word, known); }
  }
  return known;
}

/**
 * Tokens of a text with their place in it: {surface, stem, start, length, stop}. Stop words are kept and marked;
 * callers decide (a query drops them, a snippet does not highlight them).
 */
export function tokenize(text, stopWords) {
  const tokens = [];
  WORD.lastIndex = 0;
  let match;
  while ((match = WORD.exec(text)) !== null) {
    const word = analyseWord(match[0]);
    const surface = word[0];
    if (surface.length < 2) { continue; }
    tokens.push({ surface: surface, stem: word[1], start: match.index, length: match[0].length, stop: !!(stopWords && stopWords.has(surface)) });
  }
  return tokens;
}
