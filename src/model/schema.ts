/**
 * The tree file format, as Zod schemas. This file is the single source of truth: the TypeScript
 * types (`types.ts`), the committed JSON Schema (`trees/tree.schema.json`) and the canonical key
 * order of serialised files all derive from the declarations below, in declaration order.
 */
import * as z from 'zod/mini';

/** Attaches a description (it reaches the JSON Schema, so editors show it as a hint). */
function d<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

/** State keys: lower snake case, never integer-like (JavaScript would reorder them). */
export const STATE_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** Event ids (answer ids): stable upper snake case, e.g. `NOT_TRIED`. */
export const EVENT_ID_PATTERN = /^[A-Z][A-Z0-9_]*$/;
/** Tree ids equal the file name: kebab case. */
export const TREE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const REFERENCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A calendar date, YYYY-MM-DD. */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().check(z.regex(/\S/, 'must not be empty'));
const textList = z.array(text);

export const ui = z.strictObject({
  x: d(z.number(), 'Canvas x position; absent means auto-layout.'),
  y: z.number(),
});

export const evidence = d(
  z.strictObject({
    about: d(z.optional(text), 'What this grade applies to, when a step has several.'),
    scheme: d(z.optional(text), 'Grading scheme named by the source, e.g. "EULAR 2016".'),
    level: d(z.optional(text), 'Level of evidence, e.g. "Ia".'),
    grade: d(z.optional(text), 'Grade of recommendation, e.g. "A".'),
    strength: d(z.optional(text), 'Strength of recommendation, e.g. "strong", "weak".'),
    direction: z.optional(z.enum(['for', 'against'])),
    note: d(z.optional(text), 'E.g. "The source gives no grade for this step."'),
  }),
  'One evidence statement. Every field may be absent when the source gives none.',
);

export const dose = z.strictObject({
  drug: text,
  start: z.optional(text),
  titration: z.optional(text),
  target: z.optional(text),
  maximum: z.optional(text),
  duration: z.optional(text),
  note: z.optional(text),
});

export const doNotItem = z.strictObject({
  what: d(text, 'The thing not to do.'),
  why: z.optional(text),
  evidence: z.optional(evidence),
  references: z.optional(z.array(z.string())),
});

export const questionMeta = z.strictObject({
  kind: z.literal('question'),
  prompt: d(text, 'The question, asked about the patient.'),
  help: d(text, 'Why this matters, and what counts as adequate.'),
  section: d(z.optional(text), 'Heading of the source section this question comes from.'),
  references: z.optional(z.array(z.string())),
  ui: z.optional(ui),
});

export const infoMeta = z.strictObject({
  kind: z.literal('info'),
  title: text,
  body: text,
  section: z.optional(text),
  references: z.optional(z.array(z.string())),
  ui: z.optional(ui),
});

/**
 * The clinical fields a step that gives advice carries: a plan step (added to the patient's plan
 * on the way) and a recommendation (the conclusion of the walk) share them.
 */
const clinicalFields = {
  title: text,
  actions: d(textList, 'What to do, in order.'),
  doses: z.optional(z.array(dose)),
  cautions: z.optional(textList),
  monitoring: d(z.optional(textList), 'Monitoring and reassessment, with intervals.'),
  doNot: d(z.optional(z.array(doNotItem)), '"Do not do" items.'),
  evidence: z.optional(z.array(evidence)),
  references: z.optional(z.array(z.string())),
  section: d(z.optional(text), 'Heading of the source section.'),
  editorNote: d(z.optional(text), "Editor's note: outdated or conflicting source content."),
  ui: z.optional(ui),
};

export const recommendationMeta = z.strictObject({
  kind: z.literal('recommendation'),
  ...clinicalFields,
});

/** A plan step adds its advice to the patient's care plan and the walk goes on (usually Continue). */
export const planMeta = z.strictObject({
  kind: z.literal('plan'),
  ...clinicalFields,
});

/** The schema part of each node kind (`meta`, told apart by `kind`); see `kinds.ts`. */
export const kindMetas = {
  question: questionMeta,
  info: infoMeta,
  plan: planMeta,
  recommendation: recommendationMeta,
};

export const transitionMeta = z.strictObject({
  note: z.optional(text),
});

export const transition = z.strictObject({
  target: z.string(),
  description: d(z.string(), 'The answer label shown to the user.'),
  meta: z.optional(transitionMeta),
});

/**
 * One state. Kind-specific rules (a recommendation is `type: "final"` and has no answers; a
 * question has two or more) are checked by the validator, which gives clearer messages than a
 * union of shapes would.
 */
export const state = z.strictObject({
  type: z.optional(z.literal('final')),
  description: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  meta: z.discriminatedUnion('kind', [
    kindMetas.question,
    kindMetas.info,
    kindMetas.plan,
    kindMetas.recommendation,
  ]),
  on: z.optional(
    z.record(
      z
        .string()
        .check(z.regex(EVENT_ID_PATTERN, 'answer ids must be upper snake case, e.g. NOT_TRIED')),
      transition,
    ),
  ),
});

export const source = z.strictObject({
  title: text,
  publisher: text,
  date: d(
    text,
    'Date the source gives (published or last updated) as YYYY-MM-DD, YYYY-MM or YYYY; "undated" when it gives none.',
  ),
  kind: d(text, 'Kind of document, e.g. "clinical decision-support article".'),
  url: z.optional(z.string()),
});

export const reference = z.strictObject({
  id: z.string().check(z.regex(REFERENCE_ID_PATTERN, 'must be kebab-case')),
  citation: text,
  year: z.optional(z.int()),
  doi: z.optional(z.string()),
  url: z.optional(z.string()),
  note: z.optional(text),
});

export const treeMeta = z.strictObject({
  title: text,
  summary: text,
  audience: text,
  source,
  references: z.array(reference),
  version: z
    .string()
    .check(z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version')),
  status: d(
    z.enum(['draft', 'in-review', 'approved', 'retired']),
    "draft -> in-review -> approved (through the editor's Approve, a version of its own) -> retired.",
  ),
  lastReviewed: z.string().check(z.regex(DATE, 'must be a date, YYYY-MM-DD')),
  reviewers: d(z.optional(textList), 'Names of the clinicians who approved this version.'),
  approvedOn: d(
    z.optional(z.string().check(z.regex(DATE, 'must be a date, YYYY-MM-DD'))),
    'Date of the approval (YYYY-MM-DD).',
  ),
  reviewDue: d(
    z.optional(z.string().check(z.regex(DATE, 'must be a date, YYYY-MM-DD'))),
    'Date by which the approval must be reviewed again (YYYY-MM-DD).',
  ),
  disclaimer: text,
  editorNotes: z.optional(textList),
});

export const tree = z.strictObject({
  $schema: z.optional(z.string()),
  id: z.string().check(z.regex(TREE_ID_PATTERN, 'must be kebab-case')),
  description: z.optional(z.string()),
  initial: z.string(),
  meta: treeMeta,
  states: z.record(
    z
      .string()
      .check(
        z.regex(STATE_KEY_PATTERN, 'state keys must be lower snake case and start with a letter'),
      ),
    state,
  ),
});

export const scenario = z.strictObject({
  id: z.string().check(z.regex(TREE_ID_PATTERN, 'must be kebab-case')),
  title: text,
  case: d(text, 'A short patient vignette.'),
  answers: d(z.array(z.string()), 'Event ids, in order, from the initial state.'),
  expect: d(z.string(), 'The recommendation state the answers must reach.'),
  plan: d(
    z.optional(z.array(z.string())),
    'Plan steps the walk must have added to the care plan on its way (state keys, any order).',
  ),
});

export const scenarioFile = z.strictObject({
  $schema: z.optional(z.string()),
  tree: z.string(),
  scenarios: z.array(scenario),
});
