// The graph view's controls: toolbar, filters and legend.
import {h, append, accBadge, nodeHref, button, ctl, option, linkButton, list} from '../dom.js';
import {TYPES, KINDS, DEFAULT_KINDS} from '../kinds.js';
import {ACC_STYLE} from '../graph-style.js';

// Actions reach the view as 'graph-action' events.
export function buildToolbar(bar, state, focus, navigate) {
  const fire = a => () => bar.dispatchEvent(new CustomEvent('graph-action', {detail: a}));
  const depth = h('select', {id: 'graph-depth', disabled: !focus, onchange: () => { state.depth = +depth.value; state.expanded = []; navigate(); }},
    [0, 1, 2, 3, 4, 5, 6].map(d => option(d, String(d), d === state.depth)));
  const layout = h('select', {id: 'graph-layout', onchange: () => { state.layout = layout.value; navigate(); }},
    option('layered', 'Layered (conclusions on top)', state.layout === 'layered'), option('force', 'Force-directed (fCoSE)', state.layout === 'force'));
  const acc = h('input', {type: 'checkbox', id: 'graph-acc', checked: state.acc, onchange: () => fire(acc.checked ? 'acc-on' : 'acc-off')()});
  append(bar, ctl('graph-depth', 'Depth', depth), ctl('graph-layout', 'Layout', layout),
    h('span', 'ctl', acc, h('label', {for: 'graph-acc', title: 'Ring each statement by its grounded label: in, out or undecided'}, 'Acceptability')),
    button('Fit', fire('fit')), button('+', fire('zoom-in'), {'aria-label': 'Zoom in'}), button('−', fire('zoom-out'), {'aria-label': 'Zoom out'}),
    button('PNG', fire('png')), button('SVG', fire('svg')),
    focus ? linkButton(nodeHref(focus), 'Node page') : linkButton('#/cruxes', 'Cruxes'));
}

export function buildFilters(details, state, navigate) {
  const checks = (legend, rows) => h('fieldset', null, h('legend', null, legend), h('div', 'checks', rows.map(([id, label, checked, color]) =>
    h('span', 'check', h('input', {type: 'checkbox', id, checked}), h('label', {for: id}, swatch('', color), label)))));
  const checked = (prefix, rows) => rows.map(x => x[0]).filter(x => document.getElementById(prefix + x).checked);
  append(details,
    checks('Relation kinds', KINDS.map(([k, out, , color]) => ['kind-' + k, k + ' (' + out + ')', state.kinds.includes(k), color])),
    checks('Node types', TYPES.map(([t, label, color]) => ['type-' + t, label, !state.types.length || state.types.includes(t), color])),
    button('Apply filters', () => {
      const kinds = checked('kind-', KINDS), types = checked('type-', TYPES);
      state.kinds = kinds.length ? kinds : DEFAULT_KINDS.slice();
      state.types = types.length === TYPES.length ? [] : types;
      state.expanded = [];
      navigate();
    }, {class: 'primary'}));
}

function swatch(cls, color, prop = 'backgroundColor') {
  const s = h('span', {class: cls || 'swatch', 'aria-hidden': 'true'});
  s.style[prop] = color;
  return s;
}

export function legendBody() {
  return h('div', 'legend-body',
    h('div', null, h('h2', null, 'Nodes'), list(null, TYPES, ([, label, color, shape]) => [swatch('swatch shape-' + shape, color), label]),
      h('p', 'muted', 'Border: solid = verified, dashed = secondary, dotted = unverified. Thick black border: the focus.'),
      h('h2', null, 'Acceptability (grounded)'),
      h('ul', 'acc-legend', Object.entries(ACC_STYLE).map(([label, st]) =>
        h('li', 'acc-' + label, swatch('ring ring-' + st.line, st.color, 'borderColor'), accBadge(label), ' ', st.text))),
      h('p', 'muted', 'Shown as an outer ring when “Acceptability” is on: double = in, dashed = out (and faded), dotted = undecided. People and sources have none.')),
    h('div', null, h('h2', null, 'Relations'), list(null, KINDS, ([k, out, , color, line, arrow]) =>
      [swatch('line line-' + line, color, 'borderTopColor'), k + ' — ' + out + (arrow === 'tee' ? ' (⊣)' : '')])));
}
