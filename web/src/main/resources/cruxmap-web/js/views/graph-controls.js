// The graph view's controls: toolbar, filters and legend.
import {h, append, accBadge, encodeId} from '../dom.js';
import {TYPES, KINDS, DEFAULT_KINDS} from '../kinds.js';
import {NODE_STYLE, EDGE_STYLE, ACC_STYLE} from '../graph-style.js';

/** Depth, layout, acceptability, fit, zoom, PNG, SVG; actions reach the view as 'graph-action' events. */
export function buildToolbar(bar, state, focus, navigate) {
  const fire = a => bar.dispatchEvent(new CustomEvent('graph-action', {detail: a}));
  const depth = h('select', {id: 'graph-depth', disabled: !focus},
    [0, 1, 2, 3, 4, 5, 6].map(d => h('option', {value: d, selected: d === state.depth}, String(d))));
  depth.addEventListener('change', () => { state.depth = +depth.value; state.expanded = []; navigate(); });
  const layout = h('select', {id: 'graph-layout'},
    h('option', {value: 'layered', selected: state.layout === 'layered'}, 'Layered (conclusions on top)'),
    h('option', {value: 'force', selected: state.layout === 'force'}, 'Force-directed (fCoSE)'));
  layout.addEventListener('change', () => { state.layout = layout.value; navigate(); });
  const acc = h('input', {type: 'checkbox', id: 'graph-acc', checked: state.acc});
  acc.addEventListener('change', () => fire(acc.checked ? 'acc-on' : 'acc-off'));
  append(bar,
    h('span', {class: 'ctl'}, h('label', {for: 'graph-depth'}, 'Depth'), depth),
    h('span', {class: 'ctl'}, h('label', {for: 'graph-layout'}, 'Layout'), layout),
    h('span', {class: 'ctl'}, acc, h('label', {for: 'graph-acc', title: 'Outline each statement by its grounded label: in, out or undecided'}, 'Acceptability')),
    h('button', {type: 'button', onclick: () => fire('fit')}, 'Fit'),
    h('button', {type: 'button', onclick: () => fire('zoom-in'), 'aria-label': 'Zoom in'}, '+'),
    h('button', {type: 'button', onclick: () => fire('zoom-out'), 'aria-label': 'Zoom out'}, '−'),
    h('button', {type: 'button', onclick: () => fire('png')}, 'PNG'),
    h('button', {type: 'button', onclick: () => fire('svg')}, 'SVG'),
    focus ? h('a', {class: 'button', href: '#/node/' + encodeId(focus)}, 'Node page') : h('a', {class: 'button', href: '#/cruxes'}, 'Cruxes'));
}

/** Checkboxes for relation kinds and node types; Apply navigates to the filtered permalink. */
export function buildFilters(details, state, navigate) {
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

/** What shapes, colours, lines and outlines mean. */
export function legendBody() {
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
  const acc = Object.entries(ACC_STYLE).map(([label, st]) => {
    const ring = h('span', {class: 'ring ring-' + st.line, 'aria-hidden': 'true'});
    ring.style.borderColor = st.color;
    return h('li', {class: 'acc-' + label}, ring, accBadge(label), ' ', st.text);
  });
  return h('div', {class: 'legend-body'},
    h('div', null, h('h2', null, 'Nodes'), h('ul', null, types),
      h('p', {class: 'muted'}, 'Border: solid = verified, dashed = secondary, dotted = unverified. Thick black border: the focus.'),
      h('h2', null, 'Acceptability (grounded)'), h('ul', {class: 'acc-legend'}, acc),
      h('p', {class: 'muted'}, 'Shown as an outer ring when “Acceptability” is on: double = in, dashed = out (and faded), dotted = undecided. People and sources have none.')),
    h('div', null, h('h2', null, 'Relations'), h('ul', null, kinds)));
}

