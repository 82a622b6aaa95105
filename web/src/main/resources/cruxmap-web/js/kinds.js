// Node types and relation kinds: words and looks. Shape and line carry meaning, not colour alone.
const GREEN = '#2f855a', RED = '#c53030', WINE = '#9b2c2c', GREY = '#718096';

/** Node type: legend text, fill (white text on it passes WCAG AA), shape. */
export const TYPES = [
  ['claim', 'Claim', '#2b6cb0', 'round-rectangle'], ['crux', 'Crux', '#b7471b', 'diamond'], ['evidence', 'Evidence', '#276749', 'hexagon'],
  ['statement', 'Statement', '#4a5f80', 'round-rectangle'], ['argument', 'Argument', '#6b46c1', 'ellipse'],
  ['source', 'Source', '#4a5568', 'rectangle'], ['person', 'Person', '#2c7a7b', 'triangle'],
];

/** Relation kind: subject's and object's words, colour, line, arrowhead, 1 if the subject goes below. */
export const KINDS = [
  ['support', 'supports', 'supported by', GREEN, 'solid', 'triangle', 1],
  ['attack', 'attacks', 'attacked by', RED, 'solid', 'tee', 1],
  ['undercut', 'undercuts', 'undercut by', RED, 'dashed', 'tee', 1],
  ['crux-for', 'is a crux for', 'has as crux', '#b7471b', 'dashed', 'diamond', 1],
  ['evidence-for', 'is evidence for', 'evidence for it', GREEN, 'dotted', 'triangle', 1],
  ['evidence-against', 'is evidence against', 'evidence against it', RED, 'dotted', 'tee', 1],
  ['responds-to', 'responds to', 'responses', '#4a5568', 'solid', 'vee', 1],
  ['entails', 'entails', 'entailed by', '#2b6cb0', 'solid', 'triangle', 1],
  ['contrary', 'is contrary to', 'contrary to it', WINE, 'dashed', 'none'],
  ['contradicts', 'contradicts', 'contradicted by', WINE, 'solid', 'none'],
  ['rephrases', 'rephrases', 'rephrased by', GREY, 'dashed', 'none'],
  ['preferred-to', 'is preferred to', 'preferred over it', '#6b46c1', 'solid', 'vee', 1],
  ['premise', 'is a premise of', 'premises', GREY, 'solid', 'triangle', 1],
  ['conclusion', 'concludes', 'concluded by', GREY, 'solid', 'triangle', 1],
  ['holds', 'holds', 'held by', '#2c7a7b', 'dotted', 'triangle', 1],
  ['rejects', 'rejects', 'rejected by', RED, 'dotted', 'tee', 1],
  ['source', 'comes from', 'source of', '#a0aec0', 'dotted', 'vee'],
];

export const TYPE_COLOR = Object.fromEntries(TYPES.map(t => [t[0], t[2]]));
export const NODE_STYLE = Object.fromEntries([...TYPES, ['unknown', '', GREY, 'ellipse']].map(([t, , color, shape]) => [t, {color, shape}]));
export const EDGE_STYLE = Object.fromEntries(KINDS.map(([k, , , color, line, arrow]) => [k, {color, line, arrow}]));
export const UPWARD = new Set(KINDS.filter(k => k[6]).map(k => k[0]));

const BY_NAME = new Map(KINDS.map(k => [k[0], k]));

/** "supports" from the subject's side, "supported by" from the object's. */
export const phrase = (kind, incoming) => BY_NAME.get(kind)?.[incoming ? 2 : 1] || kind;

export const DEFAULT_KINDS = KINDS.map(k => k[0]).filter(k => !['holds', 'rejects', 'source'].includes(k));
