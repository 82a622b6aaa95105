// The cytoscape stylesheet. Colour, shape and line are element data: a mapper per property,
// not a selector per type and kind that every element is matched against.
import {NODE_STYLE, EDGE_STYLE} from './kinds.js';

const SIZE = {argument: 22, person: 26, source: 26};

/** Data fields for a node's or an edge's look. */
export function looks(type, kind) {
  if (kind === undefined) return {...(NODE_STYLE[type] || NODE_STYLE.unknown), size: SIZE[type] || 34};
  return EDGE_STYLE[kind] || {color: '#718096', line: 'solid', arrow: 'triangle'};
}

/** Grounded label -> ring colour and pattern (which carries the meaning without colour). */
export const ACC_STYLE = {
  in: {color: '#276749', line: 'double', width: 6, text: 'in: accepted, survives its attacks'},
  out: {color: '#c53030', line: 'dashed', width: 4, text: 'out: an accepted node attacks it'},
  undec: {color: '#975a16', line: 'dotted', width: 4, text: 'undecided'},
};
export const ACC_OFFSET = 3;
export const accOf = node => Object.keys(ACC_STYLE).find(l => node.hasClass('acc-' + l));

// `big`: short labels only once zoomed in (class 'labelled'), the full one on hover and selection;
// until then no text properties: fewer to apply.
export function cytoscapeStyle(big) {
  const text = {'label': 'data(short)', 'font-size': 11, 'color': '#1a202c', 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-wrap': big ? 'none' : 'wrap', 'text-max-width': 150, 'text-background-color': '#ffffff', 'text-background-opacity': big ? 0 : 0.85,
    'min-zoomed-font-size': big ? 10 : 0};
  const full = {...text, 'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 190, 'text-background-opacity': 0.9, 'z-index': 10,
    'min-zoomed-font-size': 0, 'font-size': big ? 13 : 11};
  const arrow = big ? 'mid-target-arrow-' : 'target-arrow-';
  return [
    {selector: 'node', style: {...(big ? {} : text), 'width': 'data(size)', 'height': 'data(size)', 'background-color': 'data(color)',
      'shape': 'data(shape)', 'border-width': 2, 'border-color': '#1a202c'}},
    {selector: 'node.labelled', style: text},
    {selector: 'node[status = "secondary"]', style: {'border-style': 'dashed'}},
    {selector: 'node[status = "unverified"]', style: {'border-style': 'dotted', 'border-width': 3}},
    {selector: 'node.focus', style: {'border-width': 5, 'border-color': '#000000', 'font-weight': 'bold'}},
    {selector: 'node:selected', style: {'overlay-color': '#d69e2e', 'overlay-opacity': 0.35, 'overlay-padding': 6}},
    {selector: 'node.expanded', style: {'border-color': '#d69e2e'}},
    // Big maps: haystack edges (no control points to compute), the arrow at the middle.
    {selector: 'edge', style: {'line-color': 'data(color)', [arrow + 'color']: 'data(color)', 'line-style': 'data(line)', [arrow + 'shape']: 'data(arrow)', ...(big
      ? {'width': 1.5, 'curve-style': 'haystack', 'haystack-radius': 0} : {'width': 2, 'curve-style': 'bezier', 'arrow-scale': 1.4, 'opacity': 0.9})}},
    {selector: 'edge:selected', style: {'width': 4}},
    {selector: 'node.hover, node:selected', style: full},
    ...Object.entries(ACC_STYLE).map(([label, st]) => ({selector: 'node.acc-' + label, style: {'outline-width': st.width, 'outline-color': st.color,
      'outline-style': st.line, 'outline-offset': ACC_OFFSET, ...(label === 'out' ? {'background-opacity': 0.55} : {})}})),
  ];
}

export const shortLabel = (label, id, max = 60) => {
  const t = label || id || '';
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};
