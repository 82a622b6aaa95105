// Two people side by side: double cruxes, differences, common ground.
import {h, replace, nodeLink, nameLink, statusBadge, empty, errorBox, focusHeading, joined, section, loadInto, plural, list, countLine, ctl,
  option, table, doubleCruxHref} from '../dom.js';
import {getJson, people} from '../api.js';

// In the table's order.
const KIND_HELP = {opposed: 'one holds it, the other rejects it', conflicted: 'someone both holds and rejects it', unshared: 'one takes a side, the other is silent'};
const KIND_ORDER = Object.keys(KIND_HELP);

/** #/double-crux?a=<person id>&b=<person id> */
export async function doubleCruxView(root, r, ctx) {
  const a = r.params.get('a') || '', b = r.params.get('b') || '';
  const out = h('div', 'dc-out');
  replace(root, h('h1', null, 'Double crux'),
    h('p', 'lede', 'Pick two people: see the cruxes on which both rest a belief the other does not share, and where exactly their positions part.'),
    await pickForm(a, b), out);
  focusHeading(root);
  if (!a || !b) return replace(out, empty('Choose two people above.'));
  if (a === b) return replace(out, empty('Choose two different people.'));
  const d = await loadInto(out, ctx, 'the double crux', null, () => getJson('/api/double-crux', {a, b}));
  if (!d) return;
  const na = d.a.label || d.a.id, nb = d.b.label || d.b.id;
  ctx.setTitle('Double crux: ' + na + ' and ' + nb);
  const who = side => side === 'a' ? na : nb;
  const dis = d.disagreements.slice().sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
  replace(out,
    countLine(`${plural(d.doubleCruxes.length, 'double crux', 'double cruxes')}, ${plural(d.disagreements.length, 'statement')} where they differ, `
      + `${plural(d.oneSided.length, 'one-sided crux', 'one-sided cruxes')}, ${plural(d.commonGround.length, 'shared position')}.`),
    section('Double cruxes', 'dc-double', d.doubleCruxes.length
      ? d.doubleCruxes.map(x => h('article', 'dc-item', h('h3', null, nodeLink(x.crux), ' ', statusBadge(x.crux.status)),
        h('div', 'crux-grid', forList(d.a, x.forA), forList(d.b, x.forB))))
      : empty('No crux bears on a disputed belief of both.')),
    section('Where they differ', 'dc-differ', dis.length ? table('results-table dc-table', ['Statement', na, nb, 'How'],
      dis.map(x => h('tr', 'kind-' + x.kind, h('td', null, nodeLink(x.statement)),
        h('td', 'stance-' + x.a, x.a), h('td', 'stance-' + x.b, x.b), h('td', {title: KIND_HELP[x.kind]}, x.kind))))
      : empty('Their stated positions do not differ.')),
    section('A crux for only one of them', 'dc-one-sided', list('assertions', d.oneSided, o => [nodeLink(o.crux), ' — for ', who(o.cruxFor), '’s belief ',
      joined(o.assertions, x => nameLink(x.cruxFor)),
      o.deniedByOther ? h('strong', 'denied', ' — ' + who(o.cruxFor === 'a' ? 'b' : 'a') + ' says it is NOT a crux for them') : null], 'None.')),
    section('Common ground', 'dc-common', list('refs', d.commonGround, nodeLink, 'No statement both hold or both reject.')));
}

const forList = (person, assertions) => h('section', null, h('h4', null, 'For ', nameLink(person), ', a crux for'),
  list('refs', assertions, x => nodeLink(x.cruxFor)));

async function pickForm(a, b) {
  let all = [];
  try { all = await people(); } catch (e) { return errorBox(e, 'the people'); }
  const pick = (id, label, value) => ctl(id, label,
    h('select', {id, name: id}, option('', '— choose —'), all.map(p => option(p.id, p.label, p.id === value))));
  return h('form', {class: 'compare toolbar', onsubmit: ev => {
    ev.preventDefault();
    const f = ev.target;
    location.hash = doubleCruxHref(f['dc-a'].value, f['dc-b'].value);
  }}, pick('dc-a', 'First person', a), pick('dc-b', 'Second person', b), h('button', {type: 'submit', class: 'primary'}, 'Compare'));
}
