// A person's position: holds and rejects with grounded labels, cruxes and non-cruxes, writings.
import {h, replace, pageHead, nodeLink, statusBadge, accBadge, accKey, graphHref, nodeHref, empty, focusHeading, section, loadInto, plural, sourceTitle, idOf} from '../dom.js';
import {getJson, people} from '../api.js';
import {sourceItem} from './node.js';

/** #/person/<id> */
export async function personView(root, r, ctx) {
  if (!r.rest) return replace(root, h('h1', null, 'No person named'), empty('The address names no person.'));
  const id = idOf('person', r.rest);
  const got = await loadInto(root, ctx, 'this person', id, () => Promise.all([getJson('/api/positions/' + id), getJson('/api/nodes/' + id)]));
  if (!got) return;
  const [pos, node] = got, p = pos.person;
  const name = node.person?.name || p.label || p.id;
  ctx.setTitle(name);
  const wrote = node.person?.wrote || [];
  const list = (items, none, f) => items.length ? h('ul', 'refs', items.map(f)) : empty(none);
  const stance = s => h('li', null, nodeLink(s.statement), ' ', statusBadge(s.statement.status), ' ', accBadge(s.grounded));
  const assertion = positive => a => h('li', positive ? 'is-crux' : 'not-crux',
    nodeLink(a.crux), positive ? ' is a crux for their belief ' : ' is NOT a crux for their belief ', nodeLink(a.cruxFor),
    a.source ? [' (', nodeLink({id: a.source.id, type: 'source', label: sourceTitle(a.source)}, {badge: false, sourceView: true}), ')'] : null);
  replace(root,
    pageHead('person', p.status, h('code', 'id', p.id), name),
    p.label && p.label !== name ? h('p', 'node-text', p.label) : null,
    node.text && node.text !== name && node.text !== p.label ? h('p', 'node-text', node.text) : null,
    h('p', 'count summary', `Holds ${pos.holds.length}, rejects ${pos.rejects.length}; ${plural(pos.cruxes.length, 'crux assertion')}, `
      + `${plural(pos.notCruxes.length, 'explicit non-crux', 'explicit non-cruxes')}; wrote ${wrote.length} source${wrote.length === 1 ? '' : 's'}.`),
    h('p', 'actions',
      h('a', {class: 'button', href: graphHref(p.id, 'depth=1&kinds=holds,rejects')}, 'Show in graph'),
      h('a', {class: 'button', href: nodeHref(p.id)}, 'Node page')),
    compareForm(p.id),
    pos.holds.length || pos.rejects.length ? h('p', 'muted acc-key', accKey()) : null,
    section('Holds', 'holds', list(pos.holds, 'Holds nothing in the map.', stance)),
    section('Rejects', 'rejects', list(pos.rejects, 'Rejects nothing in the map.', stance)),
    section('Cruxes for them', 'cruxes', list(pos.cruxes, 'No crux named for this person.', assertion(true))),
    section('Explicitly NOT cruxes for them', 'not-cruxes', list(pos.notCruxes, 'None stated.', assertion(false))),
    section('Wrote', 'wrote', wrote.length ? h('ul', 'sources', wrote.map(sourceItem)) : empty('No source in the map names them as author.')));
  focusHeading(root);
}

function compareForm(id) {
  const select = h('select', {id: 'compare-with'}, h('option', {value: ''}, 'Loading people…'));
  const go = h('button', {type: 'submit', disabled: true}, 'Find double cruxes');
  people().then(list => {
    replace(select, list.filter(x => x.id !== id).map(x => h('option', {value: x.id}, x.label)));
    go.disabled = !select.options.length;
  }, () => replace(select, h('option', {value: ''}, 'People could not be loaded')));
  return h('form', {class: 'compare', onsubmit: ev => {
    ev.preventDefault();
    if (select.value) location.hash = '#/double-crux?' + new URLSearchParams({a: id, b: select.value});
  }}, h('label', {for: 'compare-with'}, 'Compare with'), select, go);
}
