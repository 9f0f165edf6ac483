// The search index the generator writes (src/Playbook.Core/Search): a manifest, shards of terms and the results'
// fragments in bundles of consecutive results, each file fetched once, from the site itself.

/** The index below one base URL; shards and bundles are cached as promises so each is fetched once. */
export class SearchIndex {
  constructor(base) {
    this.base = base;
    this.manifest = null;
    this.stopWords = new Set();
    this.shards = new Map();
    this.bundles = new Map();
    this.manifestPromise = null;
  }

  fetchJson(path) {
    return fetch(this.base + path, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error('search index: ' + response.status + ' for ' + path); }
      return response.json();
    });
  }

  load() {
    if (!this.manifestPromise) {
      this.manifestPromise = this.fetchJson('manifest.json').then((manifest) => {
        this.manifest = manifest;
        this.stopWords = new Set(manifest.stopWords);
        return manifest;
      });
    }
    return this.manifestPromise;
  }

  shardKey(term) { return term.slice(0, this.manifest.shardKeyLength); }

  /** Resolves to the shard ({t, p, d}) or null when no indexed word starts that way. */
  shard(key) {
    const path = this.manifest.shards[key];
    if (!path) { return Promise.resolve(null); }
    if (!this.shards.has(key)) {
      this.shards.set(key, this.fetchJson(path).then(function (data) { data.decoded = new Map(); return data; }));
    }
    return this.shards.get(key);
  }

  /** The bundle ([first result id, path]) that holds result id: the last one starting at or before it. */
  bundleOf(id) {
    const bundles = this.manifest.bundles;
    let lo = 0, hi = bundles.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bundles[mid][0] <= id) { lo = mid; } else { hi = mid - 1; }
    }
    return bundles[lo];
  }

  /** Resolves to what result id shows ({type, title, href, sections, …}), from its bundle. */
  fragment(id) {
    const bundle = this.bundleOf(id);
    if (!this.bundles.has(bundle[0])) { this.bundles.set(bundle[0], this.fetchJson(bundle[1])); }
    return this.bundles.get(bundle[0]).then(function (fragments) { return fragments[id - bundle[0]]; });
  }

  /** Resolves to Map key -> shard for the keys that have one. */
  loadAll(keys) {
    const unique = Array.from(new Set(keys));
    return Promise.all(unique.map((k) => this.shard(k))).then(function (shards) {
      const byKey = new Map();
      unique.forEach(function (k, i) { if (shards[i]) { byKey.set(k, shards[i]); } });
      return byKey;
    });
  }

  /** A UI string from the manifest ({n} replaced), or the key when the index does not have it. */
  text(key, n) {
    const strings = (this.manifest && this.manifest.strings) || {};
    const value = strings[key] || key;
    return n === undefined ? value : value.replace('{n}', String(n));
  }
}

/** Postings of a stem as flat typed arrays: docs[i] has codes[starts[i] .. starts[i + 1]). Decoded once per shard. */
export function decode(shard, stemKey) {
  const cached = shard.decoded.get(stemKey);
  if (cached) { return cached; }
  const flat = shard.t[stemKey][1];
  let count = 0;
  for (let i = 0; i < flat.length; i += 2 + flat[i + 1]) { count++; }
  const docs = new Int32Array(count), starts = new Int32Array(count + 1), codes = new Int32Array(flat.length - 2 * count);
  let doc = 0, at = 0, n = 0;
  for (let j = 0; j < flat.length;) {
    doc += flat[j++];
    const k = flat[j++];
    docs[n] = doc;
    starts[n++] = at;
    for (let c = 0; c < k; c++) { codes[at++] = flat[j++]; }
  }
  starts[n] = at;
  const postings = { docs: docs, starts: starts, codes: codes };
  shard.decoded.set(stemKey, postings);
  return postings;
}
