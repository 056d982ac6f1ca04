/**
 * The node-kind registry of the model: one entry per `meta.kind` with what the core needs to know
 * about a kind (label, heading rule, body, a new state's content, validation rules, whether it is
 * final or clinical, its stats key). Code that treats kinds differently looks the entry up here
 * instead of testing the kind. Two parts live apart so the player's first load carries neither
 * Zod nor export styling: the schema part (`kindMetas` in `schema.ts`) and the export pieces
 * (`export/kindPieces.ts`). The UI's entries are `src/canvas/kindLook.ts`,
 * `src/editor/inspectorSections.tsx` and `src/player/stepViews.tsx` (README, "Adding a node kind").
 */
import { PLACEHOLDER } from './placeholders';
import type { NodeKind, StateMeta } from './types';

type MetaOf<K extends NodeKind> = Extract<StateMeta, { kind: K }>;

export interface KindEntry<K extends NodeKind = NodeKind> {
  kind: K;
  /** Shown on the canvas, in the inspector and in exports: "Question", "Plan step"... */
  label: string;
  /** The kind in a sentence: "a plan step has no references". */
  noun: string;
  /** The walk ends here (`type: "final"`, no answers). */
  final: boolean;
  /** Carries the clinical fields (actions, doses, evidence, references...). */
  clinical: boolean;
  /** The heading rule: the text that names a state of this kind to a reader. */
  heading: (meta: MetaOf<K>) => string;
  /** The explanatory text under the heading, if the kind has one. */
  body: (meta: MetaOf<K>) => string | undefined;
  /** A new state's starting content, ready to be filled in. */
  blank: () => MetaOf<K>;
  /** Validation: fewest and most answers (a final kind has none), and what to say when broken. */
  answers: { min: number; max: number; tooFew?: string; tooMany?: string; deadEnd?: string };
  /** Counted under this heading by `treeStats`. */
  statsKey: 'questions' | 'info' | 'plans' | 'recommendations';
}

type Registry = { [K in NodeKind]: KindEntry<K> };

const title = (meta: { title: string }) => meta.title;

export const KINDS: Registry = {
  question: {
    kind: 'question',
    label: 'Question',
    noun: 'question',
    final: false,
    clinical: false,
    heading: (meta) => meta.prompt,
    body: (meta) => meta.help,
    blank: () => ({
      kind: 'question',
      prompt: PLACEHOLDER.questionPrompt,
      help: PLACEHOLDER.questionHelp,
    }),
    answers: { min: 2, max: Infinity, tooFew: 'a question needs at least two answers' },
    statsKey: 'questions',
  },
  info: {
    kind: 'info',
    label: 'Info step',
    noun: 'info step',
    final: false,
    clinical: false,
    heading: title,
    body: (meta) => meta.body,
    blank: () => ({
      kind: 'info',
      title: PLACEHOLDER.infoTitle,
      body: PLACEHOLDER.infoBody,
    }),
    answers: { min: 1, max: 1, tooMany: 'an info step has exactly one answer (Continue)' },
    statsKey: 'info',
  },
  plan: {
    kind: 'plan',
    label: 'Plan step',
    noun: 'plan step',
    final: false,
    clinical: true,
    heading: title,
    body: () => undefined,
    blank: () => ({
      kind: 'plan',
      title: PLACEHOLDER.planTitle,
      actions: [PLACEHOLDER.planAction],
    }),
    answers: {
      min: 1,
      max: Infinity,
      deadEnd:
        'dead end: a plan step adds to the plan and goes on, so it needs an answer (usually Continue)',
    },
    statsKey: 'plans',
  },
  recommendation: {
    kind: 'recommendation',
    label: 'Recommendation',
    noun: 'recommendation',
    final: true,
    clinical: true,
    heading: title,
    body: () => undefined,
    blank: () => ({
      kind: 'recommendation',
      title: PLACEHOLDER.recommendationTitle,
      actions: [PLACEHOLDER.recommendationAction],
    }),
    answers: { min: 0, max: 0 },
    statsKey: 'recommendations',
  },
};

/** Every kind, in the order the editor offers them. */
export const NODE_KINDS = Object.keys(KINDS) as NodeKind[];

/** The registry entry for a kind. */
export function kindEntry(kind: NodeKind): KindEntry {
  return KINDS[kind] as unknown as KindEntry;
}

/** The heading rule, once: a question is named by its prompt, every other kind by its title. */
export function stepHeading(meta: StateMeta): string {
  return kindEntry(meta.kind).heading(meta);
}

/** The text under a step's heading (a question's help, an info step's body), if any. */
export function stepBody(meta: StateMeta): string | undefined {
  return kindEntry(meta.kind).body(meta);
}

/** Whether a walk ends at a state of this kind. */
export const isFinalKind = (kind: NodeKind): boolean => KINDS[kind].final;
