// DOM pieces both search interfaces (the header combobox and the results page) build results from.

/** An element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) { node.className = className; }
  if (text !== undefined) { node.textContent = text; }
  return node;
}

/** Appends snippet parts to parent, matched words in <mark>. */
export function appendMarked(parent, parts) {
  parts.forEach(function (p) { parent.appendChild(p.mark ? el('mark', null, p.text) : document.createTextNode(p.text)); });
  return parent;
}

/** "Geen resultaten", "1 resultaat" or "N resultaten". */
export function countText(index, n) {
  if (n === 0) { return index.text('search_no_results'); }
  if (n === 1) { return index.text('search_one_result'); }
  return index.text('search_results_count', n);
}

function activityLine(index, result) {
  const a = result.activity;
  const line = el('span', 'pb-search-result__facts');
  line.appendChild(el('span', null, index.text('search_in_matrix') + ': ' + a.matrix));
  line.appendChild(el('span', null, index.text('raci_A') + ' (A): ' + a.accountable.join(', ')));
  line.appendChild(el('span', null, index.text('raci_R') + ' (R): ' + a.responsible.join(', ')));
  return line;
}

/** Type, title, facts and snippet of one result, appended to container. */
export function renderResultBody(index, container, result) {
  const head = el('span', 'pb-search-result__head');
  head.appendChild(el('span', 'pb-search-result__type pb-search-result__type--' + result.type, index.text('search_type_' + result.type)));
  head.appendChild(appendMarked(el('span', 'pb-search-result__title'), result.titleMarks));
  if (!result.complete) { head.appendChild(el('span', 'pb-search-result__partial', index.text('search_partial'))); }
  container.appendChild(head);
  if (result.activity) { container.appendChild(activityLine(index, result)); }
  if (result.snippet.length > 0) { container.appendChild(appendMarked(el('span', 'pb-search-result__snippet'), result.snippet)); }
}

/** A section sub-result's heading and snippet, appended to container. */
export function renderSectionBody(container, section) {
  container.appendChild(el('span', 'pb-search-result__title', section.heading));
  if (section.snippet.length > 0) { container.appendChild(appendMarked(el('span', 'pb-search-result__snippet'), section.snippet)); }
}

/** "Functieprofiel (docx)": the text of a download link. */
export function downloadText(download) {
  return download.title + ' (' + download.format + ')';
}
