// The graph: node details beside it, expand and collapse, filters, rings, PNG and SVG.
import {h, replace, append, loading, empty, errorBox, download, typeBadge, graphHref, encodeId, button, countLine, linkButton} from '../dom.js';
import {getJson, query} from '../api.js';
import {DEFAULT_KINDS} from '../kinds.js';
import {cytoscapeStyle, accOf} from '../graph-style.js';
import {layeredPositions} from '../layered.js';
import {graphToSvg} from '../svg-export.js';
import {loadGraphLibs, elementsOf, fitViewport, fitNodes, BIG} from '../graph-build.js';
import {buildToolbar, buildFilters, legendBody} from './graph-controls.js';
import {renderNode} from './node.js';

const ACC_CLASSES = 'acc-in acc-out acc-undec';

/** #/graph[/<focus id>]?depth=2&kinds=a,b&types=c,d&layout=layered|force&x=<expanded>&sel=<selected>&acc=grounded */
export async function graphView(root, r, ctx) {
  const t0 = performance.now();
  const focus = r.rest || null, p = r.params;
  const list = k => p.get(k)?.split(',').filter(Boolean);
  const depth = parseInt(p.get('depth'), 10);
  const state = {
    depth: Number.isFinite(depth) ? Math.min(6, Math.max(0, depth)) : 2,
    kinds: list('kinds') || DEFAULT_KINDS.slice(),
    types: list('types') || [],
    layout: p.get('layout') || 'layered',
    expanded: list('x') || [],
    selected: p.get('sel') || focus,
    acc: p.get('acc') === 'grounded',
  };
  const force = state.layout === 'force';
  const libs = loadGraphLibs(force);
  libs.catch(() => {}); // awaited below, with the fetches
  const title = h('h1', null, focus ? 'Graph around ' + focus : 'The whole map');
  const canvas = h('div', {class: 'cy', id: 'cy', tabindex: 0, role: 'application',
    'aria-label': 'Argument graph. Use the node list below to move through nodes with the keyboard; + and - zoom, 0 fits.'});
  const panel = h('aside', {class: 'graph-panel', 'aria-label': 'Selected node', 'aria-live': 'polite'}, empty('Select a node to see it here.'));
  const status = countLine('Loading the graph…');
  const accLine = h('p', {class: 'count acc-summary', role: 'status'});
  const nodeList = h('ul', 'node-list');
  const toolbar = h('div', {class: 'toolbar', role: 'toolbar', 'aria-label': 'Graph controls'});
  const filters = h('details', 'filters', h('summary', null, 'Filter relations and node types'));
  append(root, title, toolbar, filters, status, accLine,
    h('div', 'graph-layout', h('div', 'cy-wrap', canvas), panel),
    h('details', {class: 'legend', open: innerWidth > 700}, h('summary', null, 'Legend'), legendBody()),
    h('details', 'list', h('summary', null, 'Nodes in view (keyboard list)'), nodeList));

  const permalink = () => '#/graph' + (focus ? '/' + encodeId(focus) : '') + query({depth: focus && state.depth,
    kinds: state.kinds.join() !== DEFAULT_KINDS.join() && state.kinds.join(), types: state.types.join(), layout: state.layout !== 'layered' && state.layout,
    x: state.expanded.join(), sel: state.selected, acc: state.acc && 'grounded'});
  const navigate = () => { location.hash = permalink(); };
  const remember = () => history.replaceState(null, '', permalink());
  buildToolbar(toolbar, state, focus, navigate);
  buildFilters(filters, state, navigate);

  const fetchGraph = (id, depth) => getJson('/api/graph', {focus: id || undefined, depth: id ? depth : undefined, limit: 500,
    kinds: state.kinds.join(), types: state.types.join() || undefined});
  let first, extra, cytoscape;
  try {
    [first, extra, cytoscape] = await Promise.all([fetchGraph(focus, state.depth),
      Promise.all(state.expanded.map(id => fetchGraph(id, 1).catch(() => null))), libs]);
  } catch (e) {
    return ctx.isCurrent() && replace(status, errorBox(e, 'the graph'));
  }
  if (!ctx.isCurrent()) return;
  const tFetched = performance.now();
  if (!first.nodes.length) {
    replace(status, first.truncated ? 'Nothing to draw.' : 'Nothing to draw with these filters.');
    canvas.replaceWith(empty(state.types.length || state.kinds.length !== DEFAULT_KINDS.length
      ? 'No nodes match the filters. Widen them above.' : 'The map is empty: import a file to see it here.'));
    return;
  }
  const focusLabel = focus && first.nodes.find(n => n.id === focus)?.label;
  if (focusLabel) { replace(title, 'Graph around “' + focusLabel + '”'); ctx.setTitle('Graph: ' + focusLabel); }
  const big = first.nodes.length > BIG;
  const have = new Set();
  const elements = elementsOf(first, focus, have, big);
  extra.forEach(x => x && elements.push(...elementsOf(x, focus, have, big)));
  for (const id of state.expanded) { const n = elements.find(e => e.data.id === id); if (n) n.classes += ' expanded'; }
  // The layered layout comes from the JSON before drawing: nodes go in where they belong.
  let viewport = {};
  if (!force) {
    const pos = layeredPositions(elements.filter(e => e.group === 'nodes').map(e => e.data.id), elements.filter(e => e.group === 'edges').map(e => e.data));
    for (const e of elements) if (e.group === 'nodes') e.position = pos[e.data.id];
    viewport = fitViewport(Object.values(pos), canvas.clientWidth, canvas.clientHeight);
  }
  const cy = cytoscape({
    container: canvas, elements, style: cytoscapeStyle(big), layout: {name: 'preset', fit: false}, ...viewport,
    wheelSensitivity: 0.3, minZoom: 0.03, maxZoom: 4, textureOnViewport: big, hideEdgesOnViewport: big,
    pixelRatio: big ? 1 : 'auto', boxSelectionEnabled: false,
  });
  const tBuilt = performance.now();

  // fCoSE's default quality: its draft piles big maps into an unreadable heap.
  const runLayout = (animate, eles) => new Promise(resolve => {
    if (state.layout === 'force') {
      const layout = cy.layout({name: 'fcose', animate, randomize: !animate, quality: 'default',
        numIter: 1500, nodeRepulsion: 6000, idealEdgeLength: 90, nodeDimensionsIncludeLabels: false, fit: false});
      layout.one('layoutstop', () => { fitNodes(cy, animate); resolve(); });
      // In a batch, styles and bounds are updated once, not node by node.
      return animate ? layout.run() : cy.batch(() => layout.run());
    }
    const pos = layeredPositions(cy.nodes().map(n => n.id()), cy.edges().map(e => e.data()));
    if (!animate) { cy.nodes().positions(n => pos[n.id()]); fitNodes(cy); resolve(); return; }
    // New nodes start beside the node they came from, then all glide into place.
    if (eles) eles.positions(n => ({...(n.neighborhood('node').not(eles)[0]?.position() || pos[n.id()])}));
    cy.nodes().forEach(n => n.animate({position: pos[n.id()]}, {duration: 300}));
    const vp = fitViewport(Object.values(pos), cy.width(), cy.height());
    cy.animate(vp, {duration: 300, complete: resolve});
  });
  if (force && big) { // seconds: say so, let the page paint first
    replace(status, `Laying out ${first.nodes.length} nodes…`);
    await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
    if (!ctx.isCurrent()) return cy.destroy();
  }
  if (force) await runLayout(false);
  // Big maps draw no labels until zoomed in enough to read them.
  let labelled = !big;
  const zoomLabels = () => { if (big && labelled !== cy.zoom() >= 0.9) cy.nodes().toggleClass('labelled', labelled = !labelled); };
  zoomLabels();
  cy.on('zoom', zoomLabels);
  // A small map fit zoomed out keeps its labels readable: below zoom 1 they grow to stay 11 px on screen, up to twice their size.
  let fontFrame = 0;
  const readable = () => { fontFrame = 0; if (!big) cy.nodes().style('font-size', Math.min(22, 11 / Math.min(1, cy.zoom()))); };
  readable();
  cy.on('zoom', () => { fontFrame ||= requestAnimationFrame(readable); });
  const tLaid = performance.now();
  cy.one('render', () => {
    const now = performance.now();
    window.__cruxmapGraphTiming = {sinceNavigationMs: now, fetchMs: tFetched - t0, buildMs: tBuilt - tFetched, layoutMs: tLaid - tBuilt,
      renderMs: now - tLaid, firstRenderMs: now - t0, nodes: cy.nodes().length, edges: cy.edges().length};
    setTimeout(() => describe(), 0); // the keyboard list waits until the graph is on screen
  });
  cy.forceRender();

  const describe = (news = '') => {
    replace(status, `${cy.nodes().length} nodes, ${cy.edges().length} edges`,
      first.truncated ? ' — cut at the limit of ' + first.limit + ' nodes; narrow the filters or pick a focus.' : '.',
      state.layout === 'layered' ? ' Conclusions are drawn above what bears on them.' : '', news);
    fillNodeList(nodeList, cy, id => select(id, true));
  };
  replace(status, `${cy.nodes().length} nodes, ${cy.edges().length} edges.`);
  window.__cruxmapGraph = cy; // for the browser tests and the benchmark

  let labels = null; // node id -> grounded label, fetched on first use
  const showAcc = async on => {
    state.acc = on;
    remember();
    if (!on) { cy.nodes().removeClass(ACC_CLASSES); return replace(accLine); }
    try {
      labels ||= (await getJson('/api/semantics', {semantics: 'grounded'})).labels;
    } catch (e) { return replace(accLine, errorBox(e, 'the acceptability labels')); }
    if (state.acc) applyAcc();
  };
  const applyAcc = () => {
    if (!labels) return;
    const n = {in: 0, out: 0, undec: 0};
    cy.batch(() => cy.nodes().forEach(node => {
      const l = labels[node.id()];
      node.removeClass(ACC_CLASSES);
      if (l) { node.addClass('acc-' + l); n[l]++; }
    }));
    replace(accLine, `Grounded acceptability: ${n.in} in (double ring), ${n.out} out (dashed ring), ${n.undec} undecided (dotted ring).`);
    root.dataset.acc = 'grounded';
  };
  if (state.acc) showAcc(true);

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

  const nodeControls = id => h('p', 'actions',
    button('Expand neighbours', () => expand(id), {class: 'expand'}), button('Collapse neighbours', () => collapse(id), {class: 'collapse'}),
    id !== focus ? linkButton(graphHref(id, 'depth=' + state.depth), 'Focus graph here') : null);

  // Expanding adds the new elements and moves nodes: nothing is rebuilt.
  const expand = async id => {
    let more;
    try { more = await fetchGraph(id, 1); } catch (e) { return replace(status, errorBox(e, 'the neighbours')); }
    const known = new Set(cy.elements().map(e => e.id()));
    const added = cy.add(elementsOf(more, focus, known, big)).nodes().toggleClass('labelled', labelled);
    readable();
    cy.getElementById(id).addClass('expanded');
    if (!state.expanded.includes(id)) state.expanded.push(id);
    remember();
    if (added.length) await runLayout(true, added);
    applyAcc();
    describe(` Expanded: ${added.length} new nodes.`);
  };

  const collapse = id => {
    const node = cy.getElementById(id);
    const leaves = node.neighborhood('node').filter(n => n.id() !== focus && n.connectedEdges().connectedNodes().difference(node).difference(n).length === 0);
    leaves.remove();
    node.removeClass('expanded');
    state.expanded = state.expanded.filter(x => x !== id);
    remember();
    describe(` Collapsed: ${leaves.length} nodes hidden.`);
  };

  cy.on('tap', 'node', ev => select(ev.target.id(), false));
  cy.on('dbltap', 'node', ev => expand(ev.target.id()));
  cy.on('mouseover mouseout', 'node', ev => ev.target.toggleClass('hover', ev.type === 'mouseover'));
  const file = 'cruxmap-' + (focus ? focus.replace(/[^a-zA-Z0-9-]+/g, '-') : 'map');
  const act = a => {
    if (a === 'fit') fitNodes(cy, true);
    if (a === 'zoom-in' || a === 'zoom-out') cy.zoom({level: cy.zoom() * (a === 'zoom-in' ? 1.25 : 0.8), renderedPosition: {x: cy.width() / 2, y: cy.height() / 2}});
    if (a === 'acc-on' || a === 'acc-off') showAcc(a === 'acc-on');
    if (a === 'png') { // drawn with labels at their own size, not as grown for the zoom on screen
      cy.nodes().removeStyle('font-size');
      let image;
      try { image = cy.png({full: true, scale: big ? 1 : 2, bg: '#ffffff', output: 'blob-promise'}); } finally { readable(); }
      image.then(b => download(b, file + '.png'));
    }
    if (a === 'svg') download(new Blob([graphToSvg(cy, title.textContent)], {type: 'image/svg+xml'}), file + '.svg');
  };
  const KEYS = {'+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit'};
  canvas.addEventListener('keydown', ev => { if (KEYS[ev.key]) { act(KEYS[ev.key]); ev.preventDefault(); } });
  toolbar.addEventListener('graph-action', ev => act(ev.detail));
  if (state.selected && cy.getElementById(state.selected).length) select(state.selected, false);
  return {dispose: () => { if (window.__cruxmapGraph === cy) window.__cruxmapGraph = null; cancelAnimationFrame(fontFrame); cy.destroy(); }, cy};
}

const COLLATOR = new Intl.Collator();

// The keyboard list: one listener serves every button.
function fillNodeList(list, cy, select) {
  const rows = cy.nodes().map(n => ({...n.data(), key: n.data('type') + ' ' + n.data('label'), acc: accOf(n)}))
    .sort((a, b) => COLLATOR.compare(a.key, b.key));
  list.onclick = ev => { const b = ev.target.closest('button[data-id]'); if (b) select(b.dataset.id); };
  replace(list, rows.map(r => h('li', null, h('button', {type: 'button', class: 'linkish', 'data-id': r.id},
    typeBadge(r.type), ' ', r.label, r.acc ? ' (' + r.acc + ')' : ''))));
}
