/**
 * A tree as a Markdown handout for teaching or review: every question with its answers and where
 * each leads, every recommendation with doses, evidence, cautions, monitoring, "do not do" items
 * and full citations, then the reference list and the editor's notes. Every piece of tree text
 * goes through `md()`, so it renders as the plain text it is.
 */
import { answersOf } from '../graph';
import { KINDS } from '../kinds';
import { hasOwn } from '../own';
import { DO_NOT_TAG } from '../toFlow';
import type { ClinicalMeta, DoNotItem, Dose, Evidence, Reference, Tree } from '../types';
import { readingOrder, stateHeading } from './common';
import { KIND_EXPORTS } from './kindPieces';
import {
  anchor,
  anchorId,
  bullets,
  externalLink,
  localLink,
  md,
  mdBlock,
  numbered,
  table,
} from './markdown';

const DOSE_COLUMNS: readonly [keyof Dose, string][] = [
  ['drug', 'Drug'],
  ['start', 'Start'],
  ['titration', 'Titration'],
  ['target', 'Target'],
  ['maximum', 'Maximum'],
  ['duration', 'Duration'],
  ['note', 'Note'],
];

const stepAnchor = (key: string) => anchorId('step', key);
const refAnchor = (id: string) => anchorId('ref', id);

/** Ends a piece of text with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?:]$/.test(text) ? text : `${text}.`;
}

/** "Level Ia · Grade A · strength strong · **for** (scheme: …). Note." from the fields given. */
export function evidenceMarkdown(e: Evidence): string {
  const graded = [
    e.level !== undefined ? `Level ${md(e.level)}` : undefined,
    e.grade !== undefined ? `Grade ${md(e.grade)}` : undefined,
    e.strength !== undefined ? `strength ${md(e.strength)}` : undefined,
    e.direction !== undefined ? `**${e.direction === 'against' ? 'against' : 'for'}**` : undefined,
  ].filter((p) => p !== undefined);
  const head = [
    e.about !== undefined ? `*${md(e.about)}:*` : '',
    graded.join(' · '),
    e.scheme !== undefined ? `(scheme: ${md(e.scheme)})` : '',
  ]
    .filter((p) => p !== '')
    .join(' ');
  const note = e.note !== undefined ? md(e.note) : graded.length === 0 ? 'Not graded' : '';
  if (note === '') return sentence(head);
  return sentence(graded.length > 0 ? `${head}. ${note}` : `${head} ${note}`.trim());
}

class Citations {
  private readonly byId: Map<string, { ref: Reference; n: number }>;

  constructor(references: readonly Reference[]) {
    this.byId = new Map(references.map((ref, i) => [ref.id, { ref, n: i + 1 }]));
  }

  /** "[3] Full citation." linked to the reference list, or a plain note for an unknown id. */
  full(id: string): string {
    const entry = this.byId.get(id);
    if (!entry) return `Unknown reference ${md(`"${id}"`)} (not in the reference list).`;
    return `${localLink(`[${entry.n}]`, refAnchor(id))} ${md(entry.ref.citation)}`;
  }

  /** A "References" block: one bullet per id with the full citation. */
  block(ids: readonly string[] | undefined, heading = '**References**'): string[] {
    if (!ids || ids.length === 0) return [];
    return [heading, '', ...ids.map((id) => `- ${this.full(id)}`), ''];
  }

  /** "[1], [4]" short links, for inline use. */
  short(ids: readonly string[] | undefined): string {
    return (ids ?? [])
      .map((id) => {
        const entry = this.byId.get(id);
        return entry ? localLink(`[${entry.n}]`, refAnchor(id)) : md(`[${id}?]`);
      })
      .join(', ');
  }
}

function header(tree: Tree): string[] {
  const m = tree.meta;
  const s = m.source;
  const sourceTitle = s.url !== undefined ? externalLink(s.title, s.url) : `*${md(s.title)}*`;
  return [
    `# ${md(m.title)}`,
    '',
    mdBlock(m.summary),
    '',
    `- **Audience:** ${md(m.audience)}`,
    `- **Source:** ${sourceTitle}. ${md(s.publisher)}, ${md(s.date)} (${md(s.kind)}).`,
    `- **Version:** ${md(m.version)} · **Status:** ${md(m.status)} · **Last reviewed:** ${md(m.lastReviewed)}`,
    `- **Pathway id:** \`${tree.id.replace(/`/g, '')}\``,
    '',
    `> **Disclaimer.** ${md(m.disclaimer)}`,
    '',
  ];
}

function leadsTo(tree: Tree, target: string): string {
  return hasOwn(tree.states, target)
    ? localLink(stateHeading(tree, target), stepAnchor(target))
    : md(`a missing step "${target}"`);
}

function questionSection(tree: Tree, key: string, n: number, cite: Citations): string[] {
  const node = tree.states[key];
  if (!node || node.meta.kind === 'recommendation' || node.meta.kind === 'plan') return [];
  const meta = node.meta;
  const isQuestion = meta.kind === 'question';
  const label = isQuestion ? `Q${n}.` : 'Step:';
  const start = key === tree.initial ? ' (start)' : '';
  const lines = [
    anchor(stepAnchor(key)),
    `### ${label} ${md(stateHeading(tree, key))}${start}`,
    '',
  ];
  if (meta.section !== undefined) lines.push(`*Source section: ${md(meta.section)}*`, '');
  lines.push(mdBlock(isQuestion ? meta.help : meta.body), '');
  const answers = answersOf(node);
  if (answers.length > 0) {
    lines.push(isQuestion ? '**Answers**' : '**Next**', '');
    answers.forEach((a, i) => {
      const note = node.on?.[a.event]?.meta?.note;
      const noteText = note !== undefined ? ` (${md(note)})` : '';
      lines.push(`${i + 1}. **${md(a.label)}**${noteText} → leads to ${leadsTo(tree, a.target)}`);
    });
    lines.push('');
  }
  lines.push(...cite.block(meta.references));
  return lines;
}

function doseTable(doses: readonly Dose[]): string[] {
  const columns = DOSE_COLUMNS.filter(([field]) => doses.some((d) => d[field] !== undefined));
  return table(
    columns.map(([, title]) => title),
    doses.map((d) => columns.map(([field]) => d[field] ?? '')),
  );
}

function doNotLines(items: readonly DoNotItem[], cite: Citations): string[] {
  return items.map((item) => {
    let line = `- ⛔ **${md(item.what)}**`;
    if (item.why !== undefined) line += ` ${sentence(md(item.why))}`;
    if (item.evidence) line += ` Evidence: ${evidenceMarkdown(item.evidence)}`;
    if (item.references && item.references.length > 0) line += ` ${cite.short(item.references)}`;
    return line;
  });
}

function listBlock(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : [`**${title}**`, '', ...lines, ''];
}

/** A recommendation (`R<n>.`) or a plan step (`P<n>.`, followed by where it goes next). */
function recommendationSection(tree: Tree, key: string, n: number, cite: Citations): string[] {
  const node = tree.states[key];
  if (node?.meta.kind !== 'recommendation' && node?.meta.kind !== 'plan') return [];
  const rec: ClinicalMeta = node.meta;
  const avoid = node.tags?.includes(DO_NOT_TAG) ?? false;
  const lines = [
    anchor(stepAnchor(key)),
    `### ${KIND_EXPORTS[rec.kind].handoutPrefix ?? ''}${n}. ${avoid ? '⛔ Do not: ' : ''}${md(stateHeading(tree, key))}`,
    '',
  ];
  if (rec.section !== undefined) lines.push(`*Source section: ${md(rec.section)}*`, '');
  lines.push(...listBlock('Actions', numbered(rec.actions)));
  if (rec.doses && rec.doses.length > 0) lines.push(...listBlock('Doses', doseTable(rec.doses)));
  lines.push(
    ...listBlock(
      'Evidence',
      (rec.evidence ?? []).map((e) => `- ${evidenceMarkdown(e)}`),
    ),
  );
  lines.push(...listBlock('Cautions', bullets(rec.cautions ?? [])));
  lines.push(...listBlock('Monitoring', bullets(rec.monitoring ?? [])));
  lines.push(...listBlock('Do not', doNotLines(rec.doNot ?? [], cite)));
  if (rec.editorNote !== undefined) lines.push(`> **Editor's note.** ${md(rec.editorNote)}`, '');
  lines.push(...cite.block(rec.references));
  const next = answersOf(node).map(
    (a) => `- **${md(a.label)}** → leads to ${leadsTo(tree, a.target)}`,
  );
  lines.push(...listBlock('Next', next));
  return lines;
}

function referenceList(tree: Tree): string[] {
  if (tree.meta.references.length === 0) return [];
  const lines = ['## References', ''];
  tree.meta.references.forEach((ref, i) => {
    let line = `${i + 1}. ${anchor(refAnchor(ref.id))}${md(ref.citation)}`;
    if (ref.doi !== undefined) {
      line += ` DOI: ${externalLink(ref.doi, `https://doi.org/${ref.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}`)}.`;
    }
    if (ref.url !== undefined) line += ` ${externalLink(ref.url, ref.url)}`;
    if (ref.note !== undefined) line += ` *Note: ${md(ref.note)}*`;
    lines.push(line);
  });
  return [...lines, ''];
}

/** The whole handout as Markdown (GitHub-flavoured: tables), ending in a newline. */
export function toHandout(tree: Tree): string {
  const cite = new Citations(tree.meta.references);
  const order = readingOrder(tree);
  const entryOf = (k: string) => {
    const kind = tree.states[k]?.meta.kind;
    return kind === undefined ? undefined : KINDS[kind];
  };
  const steps = order.filter((k) => entryOf(k)?.clinical === false);
  const plans = order.filter((k) => entryOf(k)?.clinical === true && !entryOf(k)?.final);
  const recs = order.filter((k) => entryOf(k)?.final === true);
  const lines = header(tree);

  lines.push('## Questions and steps', '');
  let q = 0;
  for (const key of steps) {
    if (tree.states[key]?.meta.kind === 'question') q++;
    lines.push(...questionSection(tree, key, q, cite));
  }
  if (plans.length > 0) {
    lines.push('## Plan steps', '');
    plans.forEach((key, i) => {
      lines.push(...recommendationSection(tree, key, i + 1, cite));
    });
  }
  lines.push('## Recommendations', '');
  recs.forEach((key, i) => {
    lines.push(...recommendationSection(tree, key, i + 1, cite));
  });
  lines.push(...referenceList(tree));
  const notes = tree.meta.editorNotes ?? [];
  if (notes.length > 0) lines.push("## Editor's notes", '', ...bullets(notes), '');
  lines.push('---', '', `*${md(tree.meta.disclaimer)}*`);
  return `${lines.join('\n')}\n`;
}
