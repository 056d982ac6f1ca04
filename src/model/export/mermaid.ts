/**
 * A tree as Mermaid flowchart text, which GitHub, GitLab and most documentation sites render.
 * Questions are hexagons, info steps rectangles, recommendations stadiums; the start is a circle
 * pointing at the initial state. Tree text is only ever emitted inside `"..."` labels with every
 * character Mermaid treats specially written as an entity code (`#quot;`, `#lt;`, ...), so no
 * label can end early, start Markdown, or smuggle in HTML.
 */
import { answersOf } from '../graph';
import { KINDS, NODE_KINDS } from '../kinds';
import { hasOwn } from '../own';
import { KIND_EXPORTS } from './kindPieces';
import { DO_NOT_TAG } from '../toFlow';
import type { Tree } from '../types';
import { oneLine, readingOrder, stateHeading } from './common';
import { wrapText } from './wrap';

/** Characters written as Mermaid entity codes inside labels. Mermaid turns `#name;` into `&name;`. */
const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
  '%': '#37;',
  '\\': '#92;',
};

/**
 * Plain text as the inside of a Mermaid `"..."` label: entity codes, lines of about `wrapAt`
 * characters joined with `<br>`.
 */
export function mermaidLabel(text: string, wrapAt = 34): string {
  // Control characters (NUL, U+0001…) are not text: a tree holding one has a problem, and its
  // export still shows them as spaces rather than pass them on.
  const lines = wrapText(oneLine(text.replace(/\p{Cc}/gu, ' ')), wrapAt * 0.55, 1);
  return lines.map((line) => line.replace(/["#&<>`|%\\]/g, (c) => ENTITIES[c] ?? '')).join('<br>');
}

/** Node ids: `s_` + the state key with anything but letters, digits and `_` replaced. */
export function mermaidId(key: string): string {
  return `s_${key.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Accessible title: letters, digits, spaces and harmless punctuation only. */
function accText(text: string): string {
  return oneLine(text.replace(/[^\p{L}\p{N} .,:;()'/+-]/gu, ' '));
}

const CLASS_DEFS = [
  ...NODE_KINDS.map((kind) => `classDef ${kind} ${KIND_EXPORTS[kind].mermaid.classDef}`),
  'classDef avoid fill:#fdecec,stroke:#8a1c1c,stroke-width:3px,color:#8a1c1c',
  'classDef initial stroke-width:4px',
  'classDef start fill:#0b5cad,stroke:#0b5cad,color:#ffffff',
];

/**
 * Mermaid `flowchart TD` text for a tree. Node ids are derived from state keys (`s_<key>`), so
 * reserved words such as `end` never appear as ids; edges carry the answer labels. Answers to
 * states that do not exist (an unfinished tree in the editor) are left out.
 */
export function toMermaid(tree: Tree): string {
  const m = tree.meta;
  const out: string[] = [
    `%% ${accText(m.title)}: version ${accText(m.version)}, ${m.status}. Educational aid, not medical advice.`,
    'flowchart TD',
    `  accTitle: ${accText(m.title)}`,
    `  accDescr: Decision pathway exported from Stepwise. Educational aid, not medical advice.`,
  ];
  const order = readingOrder(tree);
  const byClass = new Map<string, string[]>();
  const addClass = (name: string, id: string) => {
    const ids = byClass.get(name);
    if (ids) ids.push(id);
    else byClass.set(name, [id]);
  };

  out.push('  start(("Start"))');
  addClass('start', 'start');
  for (const key of order) {
    const node = tree.states[key];
    if (!node) continue;
    const id = mermaidId(key);
    const avoid = KINDS[node.meta.kind].final && (node.tags?.includes(DO_NOT_TAG) ?? false);
    const [open, close] = KIND_EXPORTS[node.meta.kind].mermaid.shape;
    const label = (avoid ? '⛔ Do not: ' : '') + stateHeading(tree, key);
    out.push(`  ${id}${open}"${mermaidLabel(label)}"${close}`);
    addClass(node.meta.kind, id);
    if (avoid) addClass('avoid', id);
    if (key === tree.initial) addClass('initial', id);
  }
  if (hasOwn(tree.states, tree.initial)) out.push(`  start --> ${mermaidId(tree.initial)}`);
  for (const key of order) {
    const node = tree.states[key];
    if (!node) continue;
    for (const answer of answersOf(node)) {
      if (!hasOwn(tree.states, answer.target)) continue;
      const label = oneLine(answer.label) === '' ? '(no label)' : answer.label;
      out.push(`  ${mermaidId(key)} -->|"${mermaidLabel(label, 28)}"| ${mermaidId(answer.target)}`);
    }
  }
  out.push(...CLASS_DEFS.map((line) => `  ${line}`));
  for (const [name, ids] of byClass) out.push(`  class ${ids.join(',')} ${name}`);
  return `${out.join('\n')}\n`;
}
