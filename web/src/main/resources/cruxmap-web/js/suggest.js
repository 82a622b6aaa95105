// Suggestions as you type: an ARIA combobox over /api/suggest.
import {h, replace, typeBadge, nodeHref, searchHref} from './dom.js';
import {getJson} from './api.js';

export function comboBox(id, placeholder, list = id + '-list') {
  return h('div', 'combo',
    h('input', {id, name: 'q', type: 'search', autocomplete: 'off', role: 'combobox', placeholder,
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list}),
    h('ul', {id: list, role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions', hidden: true}));
}

// Enter opens the chosen suggestion or, with none chosen, submits.
export function setupCombobox(form, onSubmit, clearOnOpen) {
  const input = form.querySelector('[role=combobox]');
  const list = document.getElementById(input.getAttribute('aria-controls'));
  let items = [], active = -1, timer = null, seq = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = i => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', list.children[i].id);
    else input.removeAttribute('aria-activedescendant');
  };
  const open = s => { close(); if (clearOnOpen) input.value = ''; location.hash = nodeHref(s.id, s.type); };
  const refresh = async () => {
    const q = input.value.trim(), mine = ++seq;
    if (q.length < 2) return close();
    try { items = (await getJson('/api/suggest', {q, limit: 8})).suggestions || []; } catch (e) { items = []; }
    if (mine !== seq) return;
    replace(list, items.map((s, i) => h('li', {id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      'data-id': s.id, onmousedown: ev => { ev.preventDefault(); open(s); }}, typeBadge(s.type), ' ', s.label || s.id)));
    if (!items.length) return close();
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };
  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 120); });
  input.addEventListener('keydown', ev => {
    const n = items.length, shown = !list.hidden;
    if (ev.key === 'ArrowDown' && shown) setActive((active + 1) % n);
    else if (ev.key === 'ArrowUp' && shown) setActive(active <= 0 ? n - 1 : active - 1);
    else if (ev.key === 'Escape' && shown) close();
    else if (ev.key === 'Enter' && shown && active >= 0) open(items[active]);
    else return;
    ev.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    clearTimeout(timer);
    seq++;
    close();
    onSubmit(input.value.trim());
  });
}

export const toSearch = q => { location.hash = searchHref(q); };

// The header's search box; / anywhere jumps to it.
export function setupQuickSearch(form) {
  form.append(h('label', {for: 'quick-q', class: 'visually-hidden'}, 'Search the map'),
    comboBox('quick-q', 'Search claims, cruxes, people…', 'quick-list'), h('button', {type: 'submit'}, 'Search'));
  setupCombobox(form, toSearch, true);
  document.addEventListener('keydown', ev => {
    const t = ev.target;
    const typing = t.matches('input, textarea, select') || t.isContentEditable;
    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      form.querySelector('input').focus();
    }
  });
}
