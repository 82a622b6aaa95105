// How the graph looks: one table of node and edge styles that the canvas, the legend and the SVG
// export all read. Shapes and line patterns carry the meaning as well as colour.

/** Node type -> fill colour and shape (every fill holds white text at WCAG AA contrast). */
export const NODE_STYLE = {
  claim: {color: '#2b6cb0', shape: 'round-rectangle'},
  crux: {color: '#b7471b', shape: 'diamond'},
  evidence: {color: '#276749', shape: 'hexagon'},
  statement: {color: '#4a5f80', shape: 'round-rectangle'},
  argument: {color: '#6b46c1', shape: 'ellipse'},
  source: {color: '#4a5568', shape: 'rectangle'},
  person: {color: '#2c7a7b', shape: 'triangle'},
  unknown: {color: '#718096', shape: 'ellipse'},
};

/** Edge kind -> colour, line pattern and arrowhead. */
export const EDGE_STYLE = {
  'support': {color: '#2f855a', line: 'solid', arrow: 'triangle'},
  'attack': {color: '#c53030', line: 'solid', arrow: 'tee'},
  'undercut': {color: '#c53030', line: 'dashed', arrow: 'tee'},
  'crux-for': {color: '#b7471b', line: 'dashed', arrow: 'diamond'},
  'evidence-for': {color: '#2f855a', line: 'dotted', arrow: 'triangle'},
  'evidence-against': {color: '#c53030', line: 'dotted', arrow: 'tee'},
  'responds-to': {color: '#4a5568', line: 'solid', arrow: 'vee'},
  'entails': {color: '#2b6cb0', line: 'solid', arrow: 'triangle'},
  'contrary': {color: '#9b2c2c', line: 'dashed', arrow: 'none'},
  'contradicts': {color: '#9b2c2c', line: 'solid', arrow: 'none'},
  'rephrases': {color: '#718096', line: 'dashed', arrow: 'none'},
  'preferred-to': {color: '#6b46c1', line: 'solid', arrow: 'vee'},
  'premise': {color: '#718096', line: 'solid', arrow: 'triangle'},
  'conclusion': {color: '#718096', line: 'solid', arrow: 'triangle'},
  'holds': {color: '#2c7a7b', line: 'dotted', arrow: 'triangle'},
  'rejects': {color: '#c53030', line: 'dotted', arrow: 'tee'},
  'source': {color: '#a0aec0', line: 'dotted', arrow: 'vee'},
};

export const NODE_SIZE = {argument: 22, person: 26, source: 26};

/** Grounded acceptability label -> outline colour and pattern (the pattern carries the meaning without colour). */
export const ACC_STYLE = {
  in: {color: '#276749', line: 'double', text: 'in: accepted, survives its attacks'},
  out: {color: '#c53030', line: 'dashed', text: 'out: an accepted node attacks it'},
  undec: {color: '#975a16', line: 'dotted', text: 'undecided'},
};

/**
 * The cytoscape stylesheet. `big` draws short one-line labels only once zoomed in, and the full
 * wrapped label of the node under the pointer or selected: no text is wrapped or measured up front.
 */
export function cytoscapeStyle(big) {
  const full = {'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 190, 'text-background-opacity': 0.9, 'z-index': 10,
    'min-zoomed-font-size': 0, 'font-size': big ? 13 : 11};
  const s = [
    {selector: 'node', style: {
      'label': 'data(short)', 'font-size': 11, 'color': '#1a202c', 'text-valign': 'bottom', 'text-halign': 'center',
      'text-margin-y': 4, 'text-wrap': big ? 'none' : 'wrap', 'text-max-width': 150, 'width': 34, 'height': 34,
      'text-background-color': '#ffffff', 'text-background-opacity': big ? 0 : 0.85,
      'border-width': 2, 'border-color': '#1a202c', 'min-zoomed-font-size': big ? 10 : 0,
    }},
    {selector: 'node[status = "secondary"]', style: {'border-style': 'dashed'}},
    {selector: 'node[status = "unverified"]', style: {'border-style': 'dotted', 'border-width': 3}},
    {selector: 'node.focus', style: {'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold'}},
    {selector: 'node:selected', style: {'overlay-color': '#d69e2e', 'overlay-opacity': 0.35, 'overlay-padding': 6}},
    {selector: 'node.expanded', style: {'border-color': '#d69e2e'}},
    {selector: 'edge', style: big
      // Big maps: haystack edges (no control points to compute) with the arrow at the middle.
      ? {'width': 1.5, 'curve-style': 'haystack', 'haystack-radius': 0, 'line-color': '#718096', 'mid-target-arrow-color': '#718096', 'mid-target-arrow-shape': 'triangle'}
      : {'width': 2, 'curve-style': 'bezier', 'line-color': '#718096', 'target-arrow-color': '#718096', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.4, 'opacity': 0.9}},
    {selector: 'edge:selected', style: {'width': 4}},
    {selector: 'node.hover', style: full},
    {selector: 'node:selected', style: full},
  ];
  for (const [label, st] of Object.entries(ACC_STYLE)) {
    s.push({selector: 'node.acc-' + label, style: {'outline-width': label === 'in' ? 6 : 4, 'outline-color': st.color,
      'outline-style': st.line, 'outline-offset': 3, ...(label === 'out' ? {'background-opacity': 0.55} : {})}});
  }
  for (const [type, st] of Object.entries(NODE_STYLE)) {
    s.splice(1, 0, {selector: `node[type = "${type}"]`, style: {'background-color': st.color, 'shape': st.shape,
      ...(NODE_SIZE[type] ? {width: NODE_SIZE[type], height: NODE_SIZE[type]} : {})}});
  }
  for (const [kind, st] of Object.entries(EDGE_STYLE)) {
    const arrow = big ? 'mid-target-arrow-' : 'target-arrow-';
    s.push({selector: `edge[kind = "${kind}"]`, style: {'line-color': st.color, [arrow + 'color']: st.color,
      'line-style': st.line, [arrow + 'shape']: st.arrow}});
  }
  return s;
}

/** A label short enough to draw under a node (at most `max` characters). */
export function shortLabel(label, id, max = 60) {
  const t = label || id || '';
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
}
