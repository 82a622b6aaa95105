// Two people side by side: double cruxes, where they differ, one-sided cruxes, common ground.
import {h, replace, nodeLink, statusBadge, empty, errorBox, focusHeading, joined, section, loadInto, plural} from '../dom.js';
import {getJson, people} from '../api.js';

const KIND_ORDER = {opposed: 0, conflicted: 1, unshared: 2};
const KIND_HELP = {opposed: 'one holds it, the other rejects it', conflicted: 'someone both holds and rejects it', unshared: 'one takes a side, the other is silent'};

/** #/double-crux?a=<person id>&b=<person id> */
export async function doubleCruxView(root, r, ctx) {
  const a = r.params.get('a') || '', b = r.params.get('b') || '';
  const out = h('div', 'dc-out');
  replace(root, h('h1', null, 'Double crux'),
    h('p', 'lede', 'Pick two people: see the cruxes on which both rest a belief the other does not share, and where exactly their positions part.'),
    await pickForm(a, b), out);
  focusHeading(root);
  if (!a || !b) { replace(out, empty('Choose two people above.')); return; }
  if (a === b) { replace(out, empty('Choose two different people.')); return; }
  const d = await loadInto(out, ctx, 'the double crux', null, () => getJson('/api/double-crux', {a, b}));
  if (!d) return;
  const na = d.a.label || d.a.id, nb = d.b.label || d.b.id;
  ctx.setTitle('Double crux: ' + na + ' and ' + nb);
  const who = side => side === 'a' ? na : nb;
  const dis = d.disagreements.slice().sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  replace(out,
    h('p', {class: 'count', role: 'status'}, `${plural(d.doubleCruxes.length, 'double crux', 'double cruxes')}, ${plural(d.disagreements.length, 'statement')} where they differ, `
      + `${plural(d.oneSided.length, 'one-sided crux', 'one-sided cruxes')}, ${plural(d.commonGround.length, 'shared position')}.`),
    section('Double cruxes', 'dc-double', d.doubleCruxes.length
      ? d.doubleCruxes.map(x => h('article', 'dc-item', h('h3', null, nodeLink(x.crux), ' ', statusBadge(x.crux.status)),
        h('div', 'crux-grid', forList(nodeLink(d.a, {badge: false}), x.forA), forList(nodeLink(d.b, {badge: false}), x.forB))))
      : empty('No crux bears on a disputed belief of both.')),
    section('Where they differ', 'dc-differ', dis.length ? disagreementTable(dis, d.a, d.b) : empty('Their stated positions do not differ.')),
    section('A crux for only one of them', 'dc-one-sided', d.oneSided.length
      ? h('ul', 'assertions', d.oneSided.map(o => h('li', null, nodeLink(o.crux), ' — for ', who(o.cruxFor), '’s belief ',
        joined(o.assertions, x => nodeLink(x.cruxFor, {badge: false})),
        o.deniedByOther ? h('strong', 'denied', ' — ' + who(o.cruxFor === 'a' ? 'b' : 'a') + ' says it is NOT a crux for them') : null)))
      : empty('None.')),
    section('Common ground', 'dc-common', d.commonGround.length
      ? h('ul', 'refs', d.commonGround.map(s => h('li', null, nodeLink(s))))
      : empty('No statement both hold or both reject.')));
}

function forList(person, list) {
  return h('section', null, h('h4', null, 'For ', person, ', a crux for'),
    h('ul', 'refs', list.map(x => h('li', null, nodeLink(x.cruxFor)))));
}

function disagreementTable(list, a, b) {
  return h('div', 'table-wrap', h('table', 'results-table dc-table',
    h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Statement'), h('th', {scope: 'col'}, a.label || a.id),
      h('th', {scope: 'col'}, b.label || b.id), h('th', {scope: 'col'}, 'How'))),
    h('tbody', null, list.map(x => h('tr', 'kind-' + x.kind, h('td', null, nodeLink(x.statement)),
      h('td', 'stance-' + x.a, x.a), h('td', 'stance-' + x.b, x.b), h('td', {title: KIND_HELP[x.kind]}, x.kind))))));
}

async function pickForm(a, b) {
  let list = [];
  try { list = await people(); } catch (e) { return errorBox(e, 'the people'); }
  const pick = (id, label, value) => h('span', 'ctl', h('label', {for: id}, label),
    h('select', {id, name: id}, h('option', {value: ''}, '— choose —'), list.map(p => h('option', {value: p.id, selected: p.id === value}, p.label))));
  return h('form', {class: 'compare toolbar', onsubmit: ev => {
    ev.preventDefault();
    const f = ev.target;
    location.hash = '#/double-crux?' + new URLSearchParams({a: f['dc-a'].value, b: f['dc-b'].value});
  }}, pick('dc-a', 'First person', a), pick('dc-b', 'Second person', b), h('button', {type: 'submit', class: 'primary'}, 'Compare'));
}
