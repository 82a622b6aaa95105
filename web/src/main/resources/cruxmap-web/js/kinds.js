// The words the viewer uses for node types and relation kinds, in one place.

/** Node types with their legend text. */
export const TYPES = [
  ['claim', 'Claim'], ['crux', 'Crux'], ['evidence', 'Evidence'], ['statement', 'Statement'],
  ['argument', 'Argument'], ['source', 'Source'], ['person', 'Person'],
];

/** Relation kinds: name, how the outgoing side reads, how the incoming side reads. */
export const KINDS = [
  ['support', 'supports', 'supported by'],
  ['attack', 'attacks', 'attacked by'],
  ['undercut', 'undercuts', 'undercut by'],
  ['crux-for', 'is a crux for', 'has as crux'],
  ['evidence-for', 'is evidence for', 'evidence for it'],
  ['evidence-against', 'is evidence against', 'evidence against it'],
  ['responds-to', 'responds to', 'responses'],
  ['entails', 'entails', 'entailed by'],
  ['contrary', 'is contrary to', 'contrary to it'],
  ['contradicts', 'contradicts', 'contradicted by'],
  ['rephrases', 'rephrases', 'rephrased by'],
  ['preferred-to', 'is preferred to', 'preferred over it'],
  ['premise', 'is a premise of', 'premises'],
  ['conclusion', 'concludes', 'concluded by'],
  ['holds', 'holds', 'held by'],
  ['rejects', 'rejects', 'rejected by'],
  ['source', 'comes from', 'source of'],
];

const BY_NAME = new Map(KINDS.map(k => [k[0], k]));

/** How a relation reads from its subject's side ("supports") or its object's side ("supported by"). */
export function phrase(kind, incoming) {
  const k = BY_NAME.get(kind);
  if (!k) return kind;
  return incoming ? k[2] : k[1];
}

/** The kinds drawn by default: argument relations and argument structure. */
export const DEFAULT_KINDS = KINDS.map(k => k[0]).filter(k => !['holds', 'rejects', 'source'].includes(k));

/** Kinds along which "bears on" points upward in the layered layout (source below target). */
export const UPWARD = new Set(['support', 'attack', 'undercut', 'crux-for', 'evidence-for', 'evidence-against', 'responds-to',
  'entails', 'premise', 'conclusion', 'holds', 'rejects', 'preferred-to']);
