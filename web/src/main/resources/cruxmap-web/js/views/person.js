// A person's position: stances with grounded labels, cruxes, writings.
import {h, replace, pageHead, nodeLink, statusBadge, accBadge, accKey, graphHref, nodeHref, empty, focusHeading, section, loadInto, plural, idOf,
  list, linkButton, ctl, nodeText, noneNamed, option, assertionItem, doubleCruxHref} from '../dom.js';
import {getJson, people} from '../api.js';
import {sourceList} from './node.js';

/** #/person/<id> */
export async function personView(root, r, ctx) {
  if (!r.rest) return noneNamed(root, 'person');
  const id = idOf('person', r.rest);
  const got = await loadInto(root, ctx, 'this person', id, () => Promise.all([getJson('/api/positions/' + id), getJson('/api/nodes/' + id)]));
  if (!got) return;
  const [pos, node] = got, p = pos.person;
  const name = node.person?.name || p.label || p.id;
  ctx.setTitle(name);
  const wrote = node.person?.wrote || [];
  const stances = (items, none) => list('refs', items, s => [nodeLink(s.statement), ' ', statusBadge(s.statement.status), ' ', accBadge(s.grounded)], none);
  const assertions = (items, none) => items.length ? h('ul', 'refs', items.map(a => assertionItem(a, true))) : empty(none);
  replace(root,
    pageHead('person', p.status, h('code', 'id', p.id), name),
    nodeText(p.label, name),
    nodeText(node.text, name, p.label),
    h('p', 'count summary', `Holds ${pos.holds.length}, rejects ${pos.rejects.length}; ${plural(pos.cruxes.length, 'crux assertion')}, `
      + `${plural(pos.notCruxes.length, 'explicit non-crux', 'explicit non-cruxes')}; wrote ${plural(wrote.length, 'source')}.`),
    h('p', 'actions', linkButton(graphHref(p.id, 'depth=1&kinds=holds,rejects'), 'Show in graph'), linkButton(nodeHref(p.id), 'Node page')),
    compareForm(p.id),
    pos.holds.length || pos.rejects.length ? h('p', 'muted acc-key', accKey()) : null,
    section('Holds', 'holds', stances(pos.holds, 'Holds nothing in the map.')),
    section('Rejects', 'rejects', stances(pos.rejects, 'Rejects nothing in the map.')),
    section('Cruxes for them', 'cruxes', assertions(pos.cruxes, 'No crux named for this person.')),
    section('Explicitly NOT cruxes for them', 'not-cruxes', assertions(pos.notCruxes, 'None stated.')),
    section('Wrote', 'wrote', sourceList(wrote, 'No source in the map names them as author.')));
  focusHeading(root);
}

function compareForm(id) {
  const select = h('select', {id: 'compare-with'}, option('', 'Loading people…'));
  const go = h('button', {type: 'submit', disabled: true}, 'Find double cruxes');
  people().then(all => {
    replace(select, all.filter(x => x.id !== id).map(x => option(x.id, x.label)));
    go.disabled = !select.options.length;
  }, () => replace(select, option('', 'People could not be loaded')));
  return h('form', {class: 'compare', onsubmit: ev => {
    ev.preventDefault();
    if (select.value) location.hash = doubleCruxHref(id, select.value);
  }}, ctl('compare-with', 'Compare with', select), go);
}
