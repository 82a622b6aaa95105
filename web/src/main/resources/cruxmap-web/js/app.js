// A hash router: every view has a URL, so back, forward, reload and shared links work.
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
let current = null; // the view on screen, if it has something to dispose
let generation = 0;

/** '#/node/statement/x?depth=2' -> {name: 'node', rest: 'statement/x', params}. */
function parseHash(hash) {
  const [path, q] = (hash || '').replace(/^#\/?/, '').split(/\?(.*)/);
  const [name, ...rest] = path.split('/');
  return {name: name || 'home', rest: rest.map(safeDecode).join('/'), params: new URLSearchParams(q || '')};
}

function safeDecode(s) { try { return decodeURIComponent(s); } catch (e) { return s; } }

const VIEWS = {
  home: [homeView, 'Cruxmap'], search: [searchView, 'Search'], node: [nodeView, 'Node'], graph: [graphView, 'Graph'],
  cruxes: [cruxesView, 'Cruxes'], source: [sourceView, 'Source'], sparql: [sparqlView, 'SPARQL'], person: [personView, 'Person'],
  'double-crux': [doubleCruxView, 'Double crux'],
};

const setTitle = t => { document.title = t + ' · Cruxmap'; };

async function route() {
  const r = parseHash(location.hash);
  const [view, title] = VIEWS[r.name] || [];
  const gen = ++generation;
  try { current?.dispose(); } catch (e) { console.warn('dispose failed', e); }
  current = null;
  document.body.dataset.view = r.name;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === r.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  setTitle((title || 'Not found') + (r.rest ? ' · ' + r.rest : ''));
  const root = h('div', 'view view-' + r.name);
  replace(main, root);
  if (!view) {
    return replace(root, h('h1', null, 'No such page'), h('p', null, 'The address names no view of this viewer. '),
      h('p', null, h('a', {href: '#/'}, 'Go to the start page')));
  }
  try {
    const handle = await view(root, r, {isCurrent: () => gen === generation, setTitle});
    if (!handle?.dispose) return;
    if (gen === generation) current = handle; else handle.dispose();
  } catch (e) {
    console.warn(e);
    if (gen === generation) replace(root, errorBox(e));
  }
}

async function health() {
  const banner = document.getElementById('banner');
  try {
    const s = await getJson('/api/health');
    replace(document.getElementById('health'), 'Cruxmap · ' + s.statements + ' statements in ' + s.graphs + ' graphs');
    banner.hidden = true;
  } catch (e) {
    replace(banner, e.message + ' ', e.detail || '');
    banner.hidden = false;
  }
}

for (const k of ['search', 'graph', 'cruxes', 'double-crux', 'sparql']) {
  document.getElementById('nav').append(h('li', null, h('a', {href: '#/' + k, 'data-nav': k}, VIEWS[k][1])));
}
window.addEventListener('hashchange', route);
setupQuickSearch(document.getElementById('quick-search'));
route();
health();
