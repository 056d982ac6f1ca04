/**
 * The node-kind registry of the model: one entry per `meta.kind` with everything the core needs
 * to know about a kind (label, heading rule, validation rules, a new state's content, and the
 * pieces the exports draw it with); its schema part is `kindMetas[kind]` in `schema.ts`, kept
 * there so this file stays free of Zod (the player's first load must not carry it). Code that treats kinds differently looks the
 * entry up here instead of testing the kind, so a new kind is added in one place (README, "Adding
 * a node kind"). The UI's entries (node component, inspector section, player view) are in
 * `src/ui/kindViews.ts`.
 */
import type { NodeKind, StateMeta } from './types';

type MetaOf<K extends NodeKind> = Extract<StateMeta, { kind: K }>;

/** How an SVG export draws a kind's box (colours are a second cue; shape and icon say the kind). */
export interface SvgStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
  rx: number;
  dash?: string;
  ink: string;
  /** The icon's outline: diamond, circle or square, with `glyph` in it. */
  icon: 'diamond' | 'circle' | 'square' | 'hexagon';
  glyph: string;
}

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
  /** Mermaid node shape brackets and classDef style. */
  mermaid: { shape: readonly [string, string]; classDef: string };
  svg: SvgStyle;
  /** Numbering prefix of a clinical step in the Markdown handout (R1., P1.). */
  handoutPrefix?: string;
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
      prompt: 'New question',
      help: 'Why this matters, and what counts as adequate.',
    }),
    answers: { min: 2, max: Infinity, tooFew: 'a question needs at least two answers' },
    statsKey: 'questions',
    mermaid: {
      shape: ['{{', '}}'],
      classDef: 'fill:#eef4fb,stroke:#0b5cad,stroke-width:2px,color:#1a1f24',
    },
    svg: {
      fill: '#f5f9fd',
      stroke: '#0b5cad',
      strokeWidth: 2,
      rx: 18,
      ink: '#0b5cad',
      icon: 'diamond',
      glyph: '?',
    },
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
      title: 'New step',
      body: 'What the clinician should know here.',
    }),
    answers: { min: 1, max: 1, tooMany: 'an info step has exactly one answer (Continue)' },
    statsKey: 'info',
    mermaid: {
      shape: ['[', ']'],
      classDef: 'fill:#ffffff,stroke:#51606f,stroke-width:2px,stroke-dasharray:5 3,color:#1a1f24',
    },
    svg: {
      fill: '#ffffff',
      stroke: '#51606f',
      strokeWidth: 2,
      rx: 6,
      dash: '6 4',
      ink: '#51606f',
      icon: 'circle',
      glyph: 'i',
    },
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
      title: 'New plan step',
      actions: ['Describe what this adds to the plan.'],
    }),
    answers: {
      min: 1,
      max: Infinity,
      deadEnd:
        'dead end: a plan step adds to the plan and goes on, so it needs an answer (usually Continue)',
    },
    statsKey: 'plans',
    mermaid: {
      shape: ['[[', ']]'],
      classDef: 'fill:#f6f3fb,stroke:#5b3f99,stroke-width:2px,color:#1a1f24',
    },
    svg: {
      fill: '#f6f3fb',
      stroke: '#5b3f99',
      strokeWidth: 2,
      rx: 2,
      ink: '#5b3f99',
      icon: 'hexagon',
      glyph: '+',
    },
    handoutPrefix: 'P',
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
      title: 'New recommendation',
      actions: ['Describe the next step.'],
    }),
    answers: { min: 0, max: 0 },
    statsKey: 'recommendations',
    mermaid: {
      shape: ['([', '])'],
      classDef: 'fill:#f3faf5,stroke:#1d6b35,stroke-width:3px,color:#1a1f24',
    },
    svg: {
      fill: '#f3faf5',
      stroke: '#1d6b35',
      strokeWidth: 3,
      rx: 2,
      ink: '#1d6b35',
      icon: 'square',
      glyph: '✓',
    },
    handoutPrefix: 'R',
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
