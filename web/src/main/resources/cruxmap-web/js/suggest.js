// Suggestions as you type: an ARIA combobox over GET /api/suggest (or, on a server without a
// search index, over the labels of the graph).
import {h, replace, typeBadge, nodeHref} from './dom.js';
import {getJson, allNodes, ApiError} from './api.js';

let suggestMissing = false;

/** Up to `limit` suggestions {id, label, type} for a prefix. */
export async function suggestions(q, limit = 8) {
  if (!suggestMissing) {
    try {
      const r = await getJson('/api/suggest', {q, limit});
      return (r.suggestions || []).slice(0, limit);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
      suggestMissing = true;
    }
  }
  return labelMatches(await allNodes(), q, limit);
}

/** Nodes whose label or id contains every word of q, best (prefix) matches first. */
export function labelMatches(nodes, q, limit) {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored = [];
  for (const n of nodes) {
    const text = ((n.label || '') + ' ' + n.id).toLowerCase();
    if (!words.every(w => text.includes(w))) continue;
    scored.push({n, s: text.startsWith(words[0]) ? 0 : 1});
  }
  scored.sort((a, b) => a.s - b.s || (a.n.label || '').localeCompare(b.n.label || ''));
  return scored.slice(0, limit).map(x => ({id: x.n.id, label: x.n.label || x.n.id, type: x.n.type}));
}

/**
 * Wires a form holding an input[role=combobox] and its listbox: typing shows suggestions, arrows
 * move through them, Enter opens the chosen node or, with none chosen, submits the search.
 */
export function setupCombobox(form, onSubmit, clearOnOpen = false) {
  const input = form.querySelector('[role=combobox]');
  const list = document.getElementById(input.getAttribute('aria-controls'));
  let items = [];
  let active = -1;
  let timer = null;
  let seq = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', j === i ? 'true' : 'false'));
    if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const open = (id, type) => { close(); if (clearOnOpen) input.value = ''; location.hash = nodeHref(id, type); };

  const refresh = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (q.length < 2) { close(); return; }
    let found;
    try { found = await suggestions(q); } catch (e) { close(); return; }
    if (mine !== seq) return;
    items = found;
    replace(list, items.map((s, i) => h('li', {
      id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', class: 'suggestion', dataset: {id: s.id},
      onmousedown: ev => { ev.preventDefault(); open(s.id, s.type); },
    }, typeBadge(s.type), ' ', s.label || s.id)));
    if (!items.length) { close(); return; }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 120); });
  input.addEventListener('keydown', ev => {
    const n = items.length;
    if (ev.key === 'ArrowDown' && !list.hidden) { ev.preventDefault(); setActive((active + 1) % n); }
    else if (ev.key === 'ArrowUp' && !list.hidden) { ev.preventDefault(); setActive(active <= 0 ? n - 1 : active - 1); }
    else if (ev.key === 'Escape') { if (!list.hidden) { ev.preventDefault(); close(); } }
    else if (ev.key === 'Enter' && !list.hidden && active >= 0) { ev.preventDefault(); open(items[active].id, items[active].type); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clearTimeout(timer);
    seq++;
    close();
    onSubmit(input.value.trim());
  });
  return {input, close};
}

/** The search box in the header: submits to the search view. */
export function setupQuickSearch(form) {
  setupCombobox(form, q => { location.hash = '#/search?q=' + encodeURIComponent(q); }, true);
  document.addEventListener('keydown', ev => {
    const t = ev.target;
    const typing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable;
    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      form.querySelector('input').focus();
    }
  });
}
