// The graph: nodes styled by type, edges by kind, a legend; click (or pick from the list) to see a
// node beside the graph; expand and collapse neighbours; fit, zoom, filter, depth; PNG and SVG.
import {h, replace, append, loading, empty, errorBox, download, typeBadge, graphHref, encodeId} from '../dom.js';
import {getJson} from '../api.js';
import {TYPES, KINDS, DEFAULT_KINDS} from '../kinds.js';
import {NODE_STYLE, EDGE_STYLE, cytoscapeStyle, shortLabel} from '../graph-style.js';
import {layeredPositions} from '../layered.js';
import {graphToSvg} from '../svg-export.js';
import {renderNode} from './node.js';

let fcoseRegistered = false;

/** #/graph[/<focus id>]?depth=2&kinds=a,b&types=c,d&layout=layered|force&x=<expanded>&sel=<selected> */
export async function graphView(root, r, ctx) {
  const cytoscape = window.cytoscape;
  const focus = r.rest || null;
  const p = r.params;
  const state = {
    depth: clampInt(p.get('depth'), 2, 0, 6),
    kinds: listParam(p.get('kinds')) || DEFAULT_KINDS.slice(),
    types: listParam(p.get('types')) || [],
    layout: p.get('layout') || (focus ? 'layered' : 'force'),
    expanded: listParam(p.get('x')) || [],
    selected: p.get('sel') || focus,
  };
  const title = h('h1', null, focus ? 'Graph around ' + focus : 'The whole map');
  if (!cytoscape) {
    replace(root, title, errorBox(new Error('The graph library did not load (/webjars/cytoscape/…).'), 'the graph'));
    return;
  }
  if (!fcoseRegistered && window.cytoscapeFcose) { cytoscape.use(window.cytoscapeFcose); fcoseRegistered = true; }

  const canvas = h('div', {class: 'cy', id: 'cy', tabindex: '0', role: 'application',
    'aria-label': 'Argument graph. Use the node list below to move through nodes with the keyboard; + and - zoom, 0 fits.'});
  const panel = h('aside', {class: 'graph-panel', 'aria-label': 'Selected node', 'aria-live': 'polite'}, empty('Select a node to see it here.'));
  const status = h('p', {class: 'count', role: 'status'}, 'Loading the graph…');
  const nodeList = h('ul', {class: 'node-list'});
  const toolbar = h('div', {class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls'});
  const filters = h('details', {class: 'filters'}, h('summary', null, 'Filter relations and node types'));
  const legend = h('details', {class: 'legend', open: window.innerWidth > 700}, h('summary', null, 'Legend'), legendBody());
  append(root, title, toolbar, filters, status,
    h('div', {class: 'graph-layout'}, h('div', {class: 'cy-wrap'}, canvas), panel),
    legend,
    h('details', {class: 'list'}, h('summary', null, 'Nodes in view (keyboard list)'), nodeList));

  const permalink = () => {
    const u = new URLSearchParams();
    if (focus) u.set('depth', state.depth);
    if (state.kinds.join(',') !== DEFAULT_KINDS.join(',')) u.set('kinds', state.kinds.join(','));
    if (state.types.length) u.set('types', state.types.join(','));
    if (state.layout !== (focus ? 'layered' : 'force')) u.set('layout', state.layout);
    if (state.expanded.length) u.set('x', state.expanded.join(','));
    if (state.selected) u.set('sel', state.selected);
    const q = u.toString();
    return '#/graph' + (focus ? '/' + encodeId(focus) : '') + (q ? '?' + q : '');
  };
  const navigate = () => { location.hash = permalink(); };
  const remember = () => { history.replaceState(null, '', permalink()); };

  buildToolbar(toolbar, state, focus, navigate, () => cy);
  buildFilters(filters, state, navigate);

  const t0 = performance.now();
  let first;
  try {
    first = await getJson('/api/graph', graphParams(focus, state.depth, state));
  } catch (e) {
    if (ctx.isCurrent()) replace(status, errorBox(e, 'the graph'));
    return;
  }
  if (!ctx.isCurrent()) return;
  const extra = await Promise.all(state.expanded.map(id => getJson('/api/graph', graphParams(id, 1, state)).catch(() => null)));
  if (!ctx.isCurrent()) return;
  const tFetched = performance.now();
  if (!first.nodes.length) {
    replace(status, first.truncated ? 'Nothing to draw.' : 'Nothing to draw with these filters.');
    canvas.replaceWith(empty(state.types.length || state.kinds.length !== DEFAULT_KINDS.length
      ? 'No nodes match the filters. Widen them above.' : 'The map is empty: import a file to see it here.'));
    return;
  }
  const focusNode = focus && first.nodes.find(n => n.id === focus);
  if (focusNode && focusNode.label) { replace(title, 'Graph around “' + focusNode.label + '”'); ctx.setTitle('Graph: ' + focusNode.label); }
  const big = first.nodes.length > 250;
  const cy = cytoscape({
    container: canvas,
    style: cytoscapeStyle(big),
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    textureOnViewport: big,
    hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto',
    boxSelectionEnabled: false,
  });
  const g = {truncated: first.truncated};
  cy.startBatch();
  addGraph(cy, first, focus);
  extra.forEach((x, i) => { if (x) { addGraph(cy, x, focus); cy.getElementById(state.expanded[i]).addClass('expanded'); } });
  cy.endBatch();

  const tBuilt = performance.now();

  // Big maps get fCoSE's draft quality (spectral only): a full-quality run would block the page for seconds.
  // animate: move nodes smoothly (after an expansion); draft: spectral only; fresh: start from scratch.
  const runLayout = ({animate = false, draft = false, fresh = true} = {}) => new Promise(resolve => {
    const force = state.layout === 'force' && fcoseRegistered;
    const layout = force
      ? cy.layout({name: 'fcose', animate, randomize: fresh, quality: draft ? 'draft' : 'default',
        numIter: 1500, nodeRepulsion: 6000, idealEdgeLength: 90, nodeDimensionsIncludeLabels: false, padding: 30, fit: true})
      : cy.layout({name: 'preset', positions: layeredPositions(cy.nodes().map(n => n.id()), cy.edges().map(e => e.data()), {}),
        animate, animationDuration: 300, fit: true, padding: 30});
    layout.one('layoutstop', () => {
      if (cy.zoom() > 1.3) { cy.zoom(1.3); cy.center(); } // a small graph stays at reading size
      resolve();
    });
    layout.run();
  });
  await runLayout({draft: big});
  const tLaid = performance.now();
  cy.one('render', () => {
    const now = performance.now();
    window.__cruxmapGraphTiming = {sinceNavigationMs: now, fetchMs: tFetched - t0, buildMs: tBuilt - tFetched, layoutMs: tLaid - tBuilt,
      renderMs: now - tLaid, firstRenderMs: now - t0, nodes: cy.nodes().length, edges: cy.edges().length};
  });
  cy.forceRender();

  const describe = () => {
    replace(status, `${cy.nodes().length} nodes, ${cy.edges().length} edges`,
      g.truncated ? ' — cut at the limit of ' + first.limit + ' nodes; narrow the filters or pick a focus.' : '.',
      state.layout === 'layered' ? ' Conclusions are drawn above what bears on them.' : '');
    fillNodeList(nodeList, cy, id => select(id, true));
  };
  describe();
  window.__cruxmapGraph = cy; // for the browser tests and the benchmark

  const select = async (id, center) => {
    const node = cy.getElementById(id);
    if (!node.length) return;
    cy.elements().unselect();
    node.select();
    if (center) cy.animate({center: {eles: node}, duration: 200});
    state.selected = id;
    remember();
    replace(panel, loading('the node'));
    try {
      const n = await getJson('/api/nodes/' + id);
      if (state.selected !== id) return;
      replace(panel, ...(await renderNode(n, true)), nodeControls(id));
    } catch (e) {
      if (state.selected === id) replace(panel, errorBox(e, 'this node'), nodeControls(id));
    }
  };

  const nodeControls = id => h('p', {class: 'actions'},
    h('button', {type: 'button', class: 'expand', onclick: () => expand(id)}, 'Expand neighbours'), ' ',
    h('button', {type: 'button', class: 'collapse', onclick: () => collapse(id)}, 'Collapse neighbours'), ' ',
    id !== focus ? h('a', {class: 'button', href: graphHref(id, 'depth=' + state.depth)}, 'Focus graph here') : null);

  const expand = async id => {
    let more;
    try { more = await getJson('/api/graph', graphParams(id, 1, state)); } catch (e) { replace(status, errorBox(e, 'the neighbours')); return; }
    const before = cy.nodes().length;
    const added = addGraph(cy, more, focus);
    cy.getElementById(id).addClass('expanded');
    if (!state.expanded.includes(id)) state.expanded.push(id);
    remember();
    if (added.length) await runLayout({animate: true, fresh: false});
    describe();
    replace(status, status.textContent + ` Expanded: ${cy.nodes().length - before} new nodes.`);
  };

  const collapse = id => {
    const node = cy.getElementById(id);
    const leaves = node.neighborhood('node').filter(n => n.id() !== focus && n.connectedEdges().connectedNodes().difference(node).difference(n).length === 0);
    const n = leaves.length;
    leaves.remove();
    node.removeClass('expanded');
    state.expanded = state.expanded.filter(x => x !== id);
    remember();
    describe();
    replace(status, status.textContent + ` Collapsed: ${n} nodes hidden.`);
  };

  cy.on('tap', 'node', ev => select(ev.target.id(), false));
  cy.on('dbltap', 'node', ev => expand(ev.target.id()));
  canvas.addEventListener('keydown', ev => {
    if (ev.key === '+' || ev.key === '=') { cy.zoom({level: cy.zoom() * 1.25, renderedPosition: center(cy)}); ev.preventDefault(); }
    else if (ev.key === '-') { cy.zoom({level: cy.zoom() / 1.25, renderedPosition: center(cy)}); ev.preventDefault(); }
    else if (ev.key === '0') { cy.fit(undefined, 30); ev.preventDefault(); }
  });
  toolbar.addEventListener('graph-action', ev => {
    const a = ev.detail;
    if (a === 'fit') cy.animate({fit: {padding: 30}, duration: 250});
    if (a === 'zoom-in') cy.zoom({level: cy.zoom() * 1.25, renderedPosition: center(cy)});
    if (a === 'zoom-out') cy.zoom({level: cy.zoom() / 1.25, renderedPosition: center(cy)});
    if (a === 'png') cy.png({full: true, scale: 2, bg: '#ffffff', output: 'blob-promise'}).then(b => download(b, fileBase(focus) + '.png'));
    if (a === 'svg') download(new Blob([graphToSvg(cy, title.textContent)], {type: 'image/svg+xml'}), fileBase(focus) + '.svg');
  });
  if (state.selected && cy.getElementById(state.selected).length) select(state.selected, false);
  return {dispose: () => { if (window.__cruxmapGraph === cy) window.__cruxmapGraph = null; cy.destroy(); }, cy};
}

function center(cy) { return {x: cy.width() / 2, y: cy.height() / 2}; }

function fileBase(focus) { return 'cruxmap-' + (focus ? focus.replace(/[^a-zA-Z0-9-]+/g, '-') : 'map'); }

function graphParams(focus, depth, state) {
  return {focus: focus || undefined, depth: focus ? depth : undefined, limit: 500,
    kinds: state.kinds.join(','), types: state.types.length ? state.types.join(',') : undefined};
}

/** Adds the nodes and edges not yet drawn; returns the new nodes. */
function addGraph(cy, g, focus) {
  const add = [];
  for (const n of g.nodes) {
    if (cy.getElementById(n.id).length) continue;
    add.push({group: 'nodes', data: {id: n.id, type: n.type, label: n.label || n.id, short: shortLabel(n.label, n.id), status: n.status || ''},
      classes: n.id === focus ? 'focus' : ''});
  }
  const added = cy.add(add);
  const edges = [];
  for (const e of g.edges) {
    const id = e.id || `${e.source}|${e.kind}|${e.target}`;
    if (cy.getElementById(id).length) continue;
    if (!cy.getElementById(e.source).length || !cy.getElementById(e.target).length) continue;
    edges.push({group: 'edges', data: {id, source: e.source, target: e.target, kind: e.kind}});
  }
  cy.add(edges);
  return added;
}

function buildToolbar(bar, state, focus, navigate, getCy) {
  const fire = a => bar.dispatchEvent(new CustomEvent('graph-action', {detail: a}));
  const depth = h('select', {id: 'graph-depth', disabled: !focus},
    [0, 1, 2, 3, 4, 5, 6].map(d => h('option', {value: d, selected: d === state.depth}, String(d))));
  depth.addEventListener('change', () => { state.depth = +depth.value; state.expanded = []; navigate(); });
  const layout = h('select', {id: 'graph-layout'},
    h('option', {value: 'layered', selected: state.layout === 'layered'}, 'Layered (conclusions on top)'),
    h('option', {value: 'force', selected: state.layout === 'force'}, 'Force-directed (fCoSE)'));
  layout.addEventListener('change', () => { state.layout = layout.value; navigate(); });
  append(bar,
    h('span', {class: 'ctl'}, h('label', {for: 'graph-depth'}, 'Depth'), depth),
    h('span', {class: 'ctl'}, h('label', {for: 'graph-layout'}, 'Layout'), layout),
    h('button', {type: 'button', onclick: () => fire('fit')}, 'Fit'),
    h('button', {type: 'button', onclick: () => fire('zoom-in'), 'aria-label': 'Zoom in'}, '+'),
    h('button', {type: 'button', onclick: () => fire('zoom-out'), 'aria-label': 'Zoom out'}, '−'),
    h('button', {type: 'button', onclick: () => fire('png')}, 'PNG'),
    h('button', {type: 'button', onclick: () => fire('svg')}, 'SVG'),
    focus ? h('a', {class: 'button', href: '#/node/' + encodeId(focus)}, 'Node page') : h('a', {class: 'button', href: '#/cruxes'}, 'Cruxes'));
}

function buildFilters(details, state, navigate) {
  const kindBoxes = KINDS.map(([k, out]) => checkbox('kind-' + k, k + ' (' + out + ')', state.kinds.includes(k), EDGE_STYLE[k]?.color));
  const typeBoxes = TYPES.map(([t, label]) => checkbox('type-' + t, label, state.types.length === 0 || state.types.includes(t), NODE_STYLE[t]?.color));
  const apply = h('button', {type: 'button', class: 'primary', onclick: () => {
    state.kinds = KINDS.map(k => k[0]).filter(k => document.getElementById('kind-' + k).checked);
    const types = TYPES.map(t => t[0]).filter(t => document.getElementById('type-' + t).checked);
    state.types = types.length === TYPES.length ? [] : types;
    if (!state.kinds.length) state.kinds = DEFAULT_KINDS.slice();
    state.expanded = [];
    navigate();
  }}, 'Apply filters');
  append(details,
    h('fieldset', null, h('legend', null, 'Relation kinds'), h('div', {class: 'checks'}, kindBoxes)),
    h('fieldset', null, h('legend', null, 'Node types'), h('div', {class: 'checks'}, typeBoxes)),
    apply);
}

function checkbox(id, label, checked, color) {
  const sw = h('span', {class: 'swatch', 'aria-hidden': 'true'});
  if (color) sw.style.backgroundColor = color;
  return h('span', {class: 'check'}, h('input', {type: 'checkbox', id, checked}), h('label', {for: id}, sw, label));
}

function legendBody() {
  const types = TYPES.map(([t, label]) => {
    const sw = h('span', {class: 'swatch shape-' + NODE_STYLE[t].shape, 'aria-hidden': 'true'});
    sw.style.backgroundColor = NODE_STYLE[t].color;
    return h('li', null, sw, label);
  });
  const kinds = KINDS.filter(([k]) => EDGE_STYLE[k]).map(([k, out]) => {
    const st = EDGE_STYLE[k];
    const line = h('span', {class: 'line line-' + st.line, 'aria-hidden': 'true'});
    line.style.borderTopColor = st.color;
    return h('li', null, line, k + ' — ' + out + (st.arrow === 'tee' ? ' (⊣)' : ''));
  });
  return h('div', {class: 'legend-body'},
    h('div', null, h('h2', null, 'Nodes'), h('ul', null, types),
      h('p', {class: 'muted'}, 'Border: solid = verified, dashed = secondary, dotted = unverified. Thick black border: the focus.')),
    h('div', null, h('h2', null, 'Relations'), h('ul', null, kinds)));
}

function fillNodeList(list, cy, select) {
  const nodes = cy.nodes().sort((a, b) => (a.data('type') + a.data('label')).localeCompare(b.data('type') + b.data('label')));
  replace(list, nodes.map(n => h('li', null, h('button', {type: 'button', class: 'linkish', dataset: {id: n.id()}, onclick: () => select(n.id())},
    typeBadge(n.data('type')), ' ', n.data('label')))));
}

function clampInt(v, dflt, lo, hi) {
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : dflt;
}

function listParam(v) { return v ? v.split(',').filter(Boolean) : null; }
