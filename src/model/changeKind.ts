/**
 * Changing a step's kind, keeping what fits: the heading (prompt or title), the explanation (help,
 * body or actions), the section and references, the canvas place, and, between a plan step and a
 * recommendation, every clinical field. A step that becomes a recommendation ends the pathway, so
 * its answers go; one that stops being a recommendation starts with none. Whatever a kind needs
 * and the old step lacked starts as the editor's placeholder, which the validator flags.
 */
import { castDraft, current, isDraft } from 'immer';
import { EditError, type Recipe } from './edits';
import { own } from './own';
import { PLACEHOLDER } from './placeholders';
import type { NodeKind, StateMeta, StateNode } from './types';

const HEADING_PLACEHOLDER: Record<NodeKind, string> = {
  question: PLACEHOLDER.questionPrompt,
  info: PLACEHOLDER.infoTitle,
  plan: PLACEHOLDER.planTitle,
  recommendation: PLACEHOLDER.recommendationTitle,
};

const blank = (text: string) => text.trim() === '';

function headingOf(meta: StateMeta, kind: NodeKind): string {
  const heading = meta.kind === 'question' ? meta.prompt : meta.title;
  return blank(heading) ? HEADING_PLACEHOLDER[kind] : heading;
}

/** One line of text from several, or `fallback` when they hold none (a required text must not be empty). */
function joined(lines: readonly string[], fallback: string): string {
  const text = lines.filter((line) => !blank(line)).join(' ');
  return text === '' ? fallback : text;
}

/** The explanation of a step as lines: help or body as one line, a clinical step's actions. */
function explanationOf(meta: StateMeta): string[] {
  if (meta.kind === 'question') return [meta.help];
  if (meta.kind === 'info') return [meta.body];
  return meta.actions;
}

function optional<T>(key: string, value: T | undefined): Record<string, T> {
  return value === undefined ? {} : { [key]: value };
}

/** The meta a step would have as `kind`, from its current meta. */
export function metaAs(meta: StateMeta, kind: NodeKind): StateMeta {
  if (meta.kind === kind) return meta;
  const heading = headingOf(meta, kind);
  const lines = explanationOf(meta);
  const common = {
    ...optional('section', meta.section),
    ...optional('references', meta.references),
    ...optional('ui', meta.ui),
  };
  if (kind === 'question')
    return {
      kind,
      prompt: heading,
      help: joined(lines, PLACEHOLDER.questionHelp),
      ...common,
    };
  if (kind === 'info')
    return {
      kind,
      title: heading,
      body: joined(lines, PLACEHOLDER.infoBody),
      ...common,
    };
  if (meta.kind === 'plan' || meta.kind === 'recommendation') return { ...meta, kind };
  return { kind, title: heading, actions: lines.filter((line) => !blank(line)), ...common };
}

/** The state as `kind`: new meta, `type: "final"` and no answers for a recommendation. */
export function stateAs(node: StateNode, kind: NodeKind): StateNode {
  const meta = metaAs(node.meta, kind);
  const rest = {
    ...optional('description', node.description),
    ...optional('tags', node.tags),
  };
  if (kind === 'recommendation') return { type: 'final', ...rest, meta };
  return { ...rest, meta, on: node.meta.kind === 'recommendation' ? {} : (node.on ?? {}) };
}

/** Changes a step's kind in place (its key and place in the file stay). */
export function changeKind(key: string, kind: NodeKind): Recipe {
  return (draft) => {
    const node = own(draft.states, key);
    if (!node) throw new EditError(`state "${key}" does not exist`);
    if (node.meta.kind === kind) return;
    const plain: StateNode = isDraft(node) ? current(node) : node;
    draft.states[key] = castDraft(stateAs(plain, kind));
  };
}
