// A person's position: what they hold and reject (with the grounded label of each), what they say
// is and is explicitly not a crux for them, and what they wrote; a way to compare them with another.
import {h, replace, nodeLink, statusBadge, accBadge, graphHref, nodeHref, loading, empty, errorBox, focusHeading} from '../dom.js';
import {getJson, people} from '../api.js';
import {sourceItem} from './node.js';

/** #/person/<id> */
export async function personView(root, r, ctx) {
  if (!r.rest) { replace(root, h('h1', null, 'No person named'), empty('The address names no person.')); return; }
  replace(root, loading('the person'));
  let pos, node;
  try {
    [pos, node] = await Promise.all([getJson('/api/positions/' + r.rest), getJson('/api/nodes/' + r.rest)]);
  } catch (e) {
    if (ctx.isCurrent()) replace(root, h('h1', null, r.rest), errorBox(e, 'this person'));
    return;
  }
  if (!ctx.isCurrent()) return;
  const p = pos.person;
  const name = node.person?.name || p.label || p.id;
  ctx.setTitle(name);
  const wrote = node.person?.wrote || [];
  replace(root,
    h('header', {class: 'node-head'},
      h('p', {class: 'kicker'}, h('span', {class: 'badge type-person'}, 'person'), ' ', statusBadge(p.status), ' ', h('code', {class: 'id'}, p.id)),
      h('h1', null, name)),
    p.label && p.label !== name ? h('p', {class: 'node-text'}, p.label) : null,
    node.text && node.text !== name && node.text !== p.label ? h('p', {class: 'node-text'}, node.text) : null,
    h('p', {class: 'count summary'}, `Holds ${pos.holds.length}, rejects ${pos.rejects.length}; ${pos.cruxes.length} crux assertions, `
      + `${pos.notCruxes.length} explicit non-cruxes; wrote ${wrote.length} source${wrote.length === 1 ? '' : 's'}.`),
    h('p', {class: 'actions'},
      h('a', {class: 'button', href: graphHref(p.id, 'depth=1&kinds=holds,rejects')}, 'Show in graph'), ' ',
      h('a', {class: 'button', href: nodeHref(p.id)}, 'Node page')),
    compareForm(p.id),
    block('Holds', pos.holds.length ? stances(pos.holds) : empty('Holds nothing in the map.'), 'holds'),
    block('Rejects', pos.rejects.length ? stances(pos.rejects) : empty('Rejects nothing in the map.'), 'rejects'),
    block('Cruxes for them', pos.cruxes.length ? assertions(pos.cruxes, true) : empty('No crux named for this person.'), 'cruxes'),
    block('Explicitly NOT cruxes for them', pos.notCruxes.length ? assertions(pos.notCruxes, false) : empty('None stated.'), 'not-cruxes'),
    block('Wrote', wrote.length ? h('ul', {class: 'sources'}, wrote.map(sourceItem)) : empty('No source in the map names them as author.'), 'wrote'));
  focusHeading(root);
}

function block(title, body, cls) { return h('section', {class: 'block ' + cls}, h('h2', null, title), body); }

function stances(list) {
  return h('ul', {class: 'refs stances'}, list.map(s => h('li', null, nodeLink(s.statement), ' ', statusBadge(s.statement.status), ' ', accBadge(s.grounded))));
}

function assertions(list, positive) {
  return h('ul', {class: 'assertions'}, list.map(a => h('li', {class: positive ? 'is-crux' : 'not-crux'},
    nodeLink(a.crux), positive ? ' is a crux for their belief ' : ' is NOT a crux for their belief ', nodeLink(a.cruxFor),
    a.source ? [' (', nodeLink({id: a.source.id, type: 'source', label: a.source.title || a.source.label}, {badge: false, sourceView: true}), ')'] : null)));
}

/** "Compare with …": opens the double crux of this person and another. */
function compareForm(id) {
  const select = h('select', {id: 'compare-with'}, h('option', {value: ''}, 'Loading people…'));
  const go = h('button', {type: 'submit', disabled: true}, 'Find double cruxes');
  people().then(list => {
    replace(select, list.filter(x => x.id !== id).map(x => h('option', {value: x.id}, x.label)));
    go.disabled = !select.options.length;
  }).catch(() => replace(select, h('option', {value: ''}, 'People could not be loaded')));
  return h('form', {class: 'compare', onsubmit: ev => {
    ev.preventDefault();
    if (select.value) location.hash = '#/double-crux?' + new URLSearchParams({a: id, b: select.value});
  }}, h('label', {for: 'compare-with'}, 'Compare with'), ' ', select, ' ', go);
}
