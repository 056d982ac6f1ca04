/**
 * The tree file format, as Zod schemas. This file is the single source of truth: the TypeScript
 * types (`types.ts`), the committed JSON Schema (`trees/tree.schema.json`) and the canonical key
 * order of serialised files all derive from the declarations below, in declaration order.
 */
import { z } from 'zod';

/** State keys: lower snake case, never integer-like (JavaScript would reorder them). */
export const STATE_KEY_PATTERN = /^[a-z][a-z0-9_]*$/;
/** Event ids (answer ids): stable upper snake case, e.g. `NOT_TRIED`. */
export const EVENT_ID_PATTERN = /^[A-Z][A-Z0-9_]*$/;
/** Tree ids equal the file name: kebab case. */
export const TREE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const REFERENCE_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

const text = z.string().regex(/\S/, 'must not be empty');
const textList = z.array(text);

export const ui = z.strictObject({
  x: z.number().describe('Canvas x position; absent means auto-layout.'),
  y: z.number(),
});

export const evidence = z
  .strictObject({
    about: text.optional().describe('What this grade applies to, when a step has several.'),
    scheme: text.optional().describe('Grading scheme named by the source, e.g. "EULAR 2016".'),
    level: text.optional().describe('Level of evidence, e.g. "Ia".'),
    grade: text.optional().describe('Grade of recommendation, e.g. "A".'),
    strength: text.optional().describe('Strength of recommendation, e.g. "strong", "weak".'),
    direction: z.enum(['for', 'against']).optional(),
    note: text.optional().describe('E.g. "The source gives no grade for this step."'),
  })
  .describe('One evidence statement. Every field may be absent when the source gives none.');

export const dose = z.strictObject({
  drug: text,
  start: text.optional(),
  titration: text.optional(),
  target: text.optional(),
  maximum: text.optional(),
  duration: text.optional(),
  note: text.optional(),
});

export const doNotItem = z.strictObject({
  what: text.describe('The thing not to do.'),
  why: text.optional(),
  evidence: evidence.optional(),
  references: z.array(z.string()).optional(),
});

export const questionMeta = z.strictObject({
  kind: z.literal('question'),
  prompt: text.describe('The question, asked about the patient.'),
  help: text.describe('Why this matters, and what counts as adequate.'),
  section: text.optional().describe('Heading of the source section this question comes from.'),
  references: z.array(z.string()).optional(),
  ui: ui.optional(),
});

export const infoMeta = z.strictObject({
  kind: z.literal('info'),
  title: text,
  body: text,
  section: text.optional(),
  references: z.array(z.string()).optional(),
  ui: ui.optional(),
});

export const recommendationMeta = z.strictObject({
  kind: z.literal('recommendation'),
  title: text,
  actions: textList.describe('What to do, in order.'),
  doses: z.array(dose).optional(),
  cautions: textList.optional(),
  monitoring: textList.optional().describe('Monitoring and reassessment, with intervals.'),
  doNot: z.array(doNotItem).optional().describe('"Do not do" items.'),
  evidence: z.array(evidence).optional(),
  references: z.array(z.string()).optional(),
  section: text.optional().describe('Heading of the source section.'),
  editorNote: text.optional().describe("Editor's note: outdated or conflicting source content."),
  ui: ui.optional(),
});

export const transitionMeta = z.strictObject({
  note: text.optional(),
});

export const transition = z.strictObject({
  target: z.string(),
  description: z.string().describe('The answer label shown to the user.'),
  meta: transitionMeta.optional(),
});

/**
 * One state. Kind-specific rules (a recommendation is `type: "final"` and has no answers; a
 * question has two or more) are checked by the validator, which gives clearer messages than a
 * union of shapes would.
 */
export const state = z.strictObject({
  type: z.literal('final').optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  meta: z.discriminatedUnion('kind', [questionMeta, infoMeta, recommendationMeta]),
  on: z
    .record(
      z.string().regex(EVENT_ID_PATTERN, 'answer ids must be upper snake case, e.g. NOT_TRIED'),
      transition,
    )
    .optional(),
});

export const source = z.strictObject({
  title: text,
  publisher: text,
  date: text.describe(
    'Date the source gives (published or last updated) as YYYY-MM-DD, YYYY-MM or YYYY; "undated" when it gives none.',
  ),
  kind: text.describe('Kind of document, e.g. "clinical decision-support article".'),
  url: z.string().optional(),
});

export const reference = z.strictObject({
  id: z.string().regex(REFERENCE_ID_PATTERN, 'must be kebab-case'),
  citation: text,
  year: z.number().int().optional(),
  doi: z.string().optional(),
  url: z.string().optional(),
  note: text.optional(),
});

export const treeMeta = z.strictObject({
  title: text,
  summary: text,
  audience: text,
  source,
  references: z.array(reference),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'must be a semantic version'),
  status: z.enum(['draft', 'in-review', 'approved']),
  lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD'),
  disclaimer: text,
  editorNotes: textList.optional(),
});

export const tree = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(TREE_ID_PATTERN, 'must be kebab-case'),
  description: z.string().optional(),
  initial: z.string(),
  meta: treeMeta,
  states: z.record(
    z
      .string()
      .regex(STATE_KEY_PATTERN, 'state keys must be lower snake case and start with a letter'),
    state,
  ),
});

export const scenario = z.strictObject({
  id: z.string().regex(TREE_ID_PATTERN, 'must be kebab-case'),
  title: text,
  case: text.describe('A short patient vignette.'),
  answers: z.array(z.string()).describe('Event ids, in order, from the initial state.'),
  expect: z.string().describe('The recommendation state the answers must reach.'),
});

export const scenarioFile = z.strictObject({
  $schema: z.string().optional(),
  tree: z.string(),
  scenarios: z.array(scenario),
});
