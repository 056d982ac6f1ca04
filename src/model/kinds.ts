/**
 * The node-kind registry of the model: one entry per `meta.kind` with what the core needs to know
 * about a kind (label, heading rule, body, a new state's content, validation rules, whether it is
 * final or clinical, its stats key). Code that treats kinds differently looks the entry up here
 * instead of testing the kind. Two parts live apart so the player's first load carries neither
 * Zod nor export styling: the schema part (`kindMetas` in `schema.ts`) and the export pieces
 * (`export/kindPieces.ts`). The UI's entries are `src/canvas/kindLook.ts`,
 * `src/editor/inspectorSections.tsx` and `src/player/stepViews.tsx` (README, "Adding a node kind").
 */
import { KIND_BASICS, type KindBasics } from './kindBasics';
import { PLACEHOLDER } from './placeholders';
import type { NodeKind, StateMeta } from './types';

export { isFinalKind, stepBody, stepHeading } from './kindBasics';

type MetaOf<K extends NodeKind> = Extract<StateMeta, { kind: K }>;

/** `final`, `heading` and `body` come from `kindBasics.ts`. */
export interface KindEntry<K extends NodeKind = NodeKind> extends KindBasics<K> {
  kind: K;
  /** Shown on the canvas, in the inspector and in exports: "Question", "Plan step"... */
  label: string;
  /** The kind in a sentence: "a plan step has no references". */
  noun: string;
  /** Carries the clinical fields (actions, doses, evidence, references...). */
  clinical: boolean;
  /** A new state's starting content, ready to be filled in. */
  blank: () => MetaOf<K>;
  /** Validation: fewest and most answers (a final kind has none), and what to say when broken. */
  answers: { min: number; max: number; tooFew?: string; tooMany?: string; deadEnd?: string };
  /** Counted under this heading by `treeStats`. */
  statsKey: 'questions' | 'info' | 'plans' | 'recommendations';
}

type Registry = { [K in NodeKind]: KindEntry<K> };

export const KINDS: Registry = {
  question: {
    ...KIND_BASICS.question,
    kind: 'question',
    label: 'Question',
    noun: 'question',
    clinical: false,
    blank: () => ({
      kind: 'question',
      prompt: PLACEHOLDER.questionPrompt,
      help: PLACEHOLDER.questionHelp,
    }),
    answers: { min: 2, max: Infinity, tooFew: 'a question needs at least two answers' },
    statsKey: 'questions',
  },
  info: {
    ...KIND_BASICS.info,
    kind: 'info',
    label: 'Info step',
    noun: 'info step',
    clinical: false,
    blank: () => ({
      kind: 'info',
      title: PLACEHOLDER.infoTitle,
      body: PLACEHOLDER.infoBody,
    }),
    answers: { min: 1, max: 1, tooMany: 'an info step has exactly one answer (Continue)' },
    statsKey: 'info',
  },
  plan: {
    ...KIND_BASICS.plan,
    kind: 'plan',
    label: 'Plan step',
    noun: 'plan step',
    clinical: true,
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
    ...KIND_BASICS.recommendation,
    kind: 'recommendation',
    label: 'Recommendation',
    noun: 'recommendation',
    clinical: true,
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
