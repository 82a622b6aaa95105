// The viewer's entry point: a hash router. Every view has its own URL, so back, forward, reload
// and shared links all land on the same view.
import {h, replace, errorBox} from './dom.js';
import {getJson} from './api.js';
import {setupQuickSearch} from './suggest.js';
import {homeView, searchView} from './views/search.js';
import {nodeView} from './views/node.js';
import {graphView} from './views/graph.js';
import {cruxesView} from './views/cruxes.js';
import {sourceView} from './views/source.js';
import {sparqlView} from './views/sparql.js';
import {personView} from './views/person.js';
import {doubleCruxView} from './views/double-crux.js';

const main = document.getElementById('view');
let current = null; // {dispose} of the view on screen
let generation = 0;

/** Parses location.hash: '#/node/statement/x?depth=2' -> {name:'node', rest:'statement/x', params}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const slash = path.indexOf('/');
  const name = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? '' : path.slice(slash + 1).split('/').map(safeDecode).join('/');
  return {name: name || 'home', rest, params};
}

function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }

const VIEWS = {
  home: homeView,
  search: searchView,
  node: nodeView,
  graph: graphView,
  cruxes: cruxesView,
  source: sourceView,
  sparql: sparqlView,
  person: personView,
  'double-crux': doubleCruxView,
};

const TITLES = {home: 'Cruxmap', search: 'Search', node: 'Node', graph: 'Graph', cruxes: 'Cruxes', source: 'Source', sparql: 'SPARQL', person: 'Person', 'double-crux': 'Double crux'};

async function route() {
  const r = parseHash(location.hash);
  const view = VIEWS[r.name];
  const gen = ++generation;
  if (current && current.dispose) {
    try { current.dispose(); } catch (e) { console.warn('dispose failed', e); }
  }
  current = null;
  document.body.dataset.view = r.name;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === r.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  document.title = (TITLES[r.name] || 'Not found') + (r.rest ? ' · ' + r.rest : '') + ' · Cruxmap';
  const root = h('div', {class: 'view view-' + r.name});
  replace(main, root);
  if (!view) {
    replace(root, h('h1', null, 'No such page'), h('p', null, 'The address names no view of this viewer. '),
      h('p', null, h('a', {href: '#/'}, 'Go to the start page')));
    return;
  }
  try {
    const handle = await view(root, r, {isCurrent: () => gen === generation, setTitle});
    if (gen === generation) current = handle || null;
    else if (handle && handle.dispose) handle.dispose();
  } catch (e) {
    console.warn(e);
    if (gen === generation) replace(root, errorBox(e));
  }
}

function setTitle(t) { document.title = t + ' · Cruxmap'; }

async function health() {
  const el = document.getElementById('health');
  const banner = document.getElementById('banner');
  try {
    const s = await getJson('/api/health');
    replace(el, 'Cruxmap · ' + s.statements + ' statements in ' + s.graphs + ' graphs');
    banner.hidden = true;
  } catch (e) {
    replace(banner, e.message + ' ', e.detail || '');
    banner.hidden = false;
  }
}

window.addEventListener('hashchange', route);
setupQuickSearch(document.getElementById('quick-search'));
route();
health();
