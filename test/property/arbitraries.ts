/**
 * fast-check arbitraries for the property tests: random valid trees (a DAG of questions and info
 * steps, two to four answers each, recommendations at the leaves, every state reachable), with
 * any text (non-Latin included), and random scenario files that walk them.
 */
import fc from 'fast-check';
import type {
  DoNotItem,
  Dose,
  Evidence,
  Scenario,
  StateMeta,
  StateNode,
  Tree,
  TreeMeta,
} from '../../src/model/types';

/** Words from other scripts and awkward characters, mixed into the random ASCII text. */
const WORDS = [
  'مرحبا بالعالم',
  'שלום עולם',
  '慢性疼痛',
  'ελληνικά',
  'हिन्दी',
  '👩\u200d⚕️ 🇪🇺',
  'e\u0301 n\u0303',
  '\u202eevil\u202c',
  'tab\there',
  'line\nbreak',
  '"quoted" \\ back',
  '<b>not bold</b>',
  // No NUL or other control character: a tree holding one has a problem (model/fieldRules.ts).
  // No lone surrogate: a tree file must be valid Unicode (UTF-8), so the parser refuses one by
  // name (test/model/badInput.test.ts); a valid random tree cannot hold it.
];

/** Non-blank text: random ASCII most of the time, other scripts and oddities the rest. */
export const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...WORDS) },
  )
  .filter((s) => /\S/.test(s));
export const stateKey = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
export const eventId = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,8}$/);
const REFERENCE_IDS = ['ref-1', 'ref-2', 'ref-3'];
const referenceIds = fc.subarray(REFERENCE_IDS, { minLength: 1 });

const position = fc.record({
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
});

const evidence: fc.Arbitrary<Evidence> = fc.record(
  {
    about: text,
    scheme: text,
    level: text,
    grade: text,
    strength: text,
    direction: fc.constantFrom('for' as const, 'against' as const),
    note: text,
  },
  { requiredKeys: [] },
);

const dose: fc.Arbitrary<Dose> = fc.record(
  {
    drug: text,
    start: text,
    titration: text,
    target: text,
    maximum: text,
    duration: text,
    note: text,
  },
  { requiredKeys: ['drug'] },
);

const doNot: fc.Arbitrary<DoNotItem> = fc.record(
  { what: text, why: text, evidence, references: referenceIds },
  { requiredKeys: ['what'] },
);

export const recommendationMeta = fc.record(
  {
    kind: fc.constant('recommendation' as const),
    title: text,
    actions: fc.array(text, { minLength: 1, maxLength: 3 }),
    doses: fc.array(dose, { maxLength: 2 }),
    cautions: fc.array(text, { maxLength: 2 }),
    monitoring: fc.array(text, { maxLength: 2 }),
    doNot: fc.array(doNot, { maxLength: 2 }),
    evidence: fc.array(evidence, { minLength: 1, maxLength: 2 }),
    references: referenceIds,
    section: text,
    editorNote: text,
    ui: position,
  },
  { requiredKeys: ['kind', 'title', 'actions', 'evidence', 'references'] },
);

export const questionMeta = fc.record(
  {
    kind: fc.constant('question' as const),
    prompt: text,
    help: text,
    section: text,
    references: referenceIds,
    ui: position,
  },
  { requiredKeys: ['kind', 'prompt', 'help'] },
);

const infoMeta = fc.record(
  {
    kind: fc.constant('info' as const),
    title: text,
    body: text,
    section: text,
    references: referenceIds,
    ui: position,
  },
  { requiredKeys: ['kind', 'title', 'body'] },
);

const stateExtras = fc.record(
  { description: fc.string({ maxLength: 12 }), tags: fc.array(text, { maxLength: 2 }) },
  { requiredKeys: [] },
);

const day = fc
  .record({
    y: fc.integer({ min: 1990, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

export const treeMeta: fc.Arbitrary<TreeMeta> = fc.record(
  {
    title: text,
    summary: text,
    audience: text,
    source: fc.record(
      { title: text, publisher: text, date: text, kind: text, url: fc.webUrl() },
      { requiredKeys: ['title', 'publisher', 'date', 'kind'] },
    ),
    references: fc.tuple(
      ...REFERENCE_IDS.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            citation: text,
            year: fc.integer({ min: 1900, max: 2100 }),
            doi: fc.stringMatching(/^10\.\d{4}\/[a-z0-9.]{1,10}$/),
            url: fc.webUrl(),
            note: text,
          },
          { requiredKeys: ['id', 'citation'] },
        ),
      ),
    ),
    version: fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map(([a, b, c]) => `${a}.${b}.${c}`),
    status: fc.constantFrom('draft' as const, 'in-review' as const, 'approved' as const),
    lastReviewed: day,
    disclaimer: text,
    editorNotes: fc.array(text, { maxLength: 2 }),
  },
  {
    requiredKeys: [
      'title',
      'summary',
      'audience',
      'source',
      'references',
      'version',
      'status',
      'lastReviewed',
      'disclaimer',
    ],
  },
);

/**
 * The shape of a DAG on `m` non-recommendation states (0..m-1) and `r` recommendations
 * (m..m+r-1): every state after the first gets an answer from an earlier non-recommendation, each
 * of those then gets up to 3 more answers to later states, at most 4 in all. A state with one
 * answer becomes an info step, with more a question; states without answers are recommendations.
 */
function shape(m: number, r: number, parents: number[], extras: number[][]): number[][] {
  const n = m + r;
  const out: number[][] = Array.from({ length: m }, () => []);
  for (let j = 1; j < n; j++) {
    const open = out.map((targets, i) => i).filter((i) => i < j && (out[i]?.length ?? 4) < 4);
    const parent = open[(parents[j] ?? 0) % open.length] as number;
    out[parent]?.push(j);
  }
  out.forEach((targets, i) => {
    // The last non-recommendation may have been nobody's parent: give it an answer too.
    if (targets.length === 0) targets.push(i + 1 + ((extras[i]?.[0] ?? 0) % (n - i - 1)));
    for (const pick of extras[i] ?? []) {
      if (targets.length >= 4) break;
      const target = i + 1 + (pick % (n - i - 1));
      if (!targets.includes(target)) targets.push(target);
    }
  });
  return out;
}

export const validTree: fc.Arbitrary<Tree> = fc
  .record({ m: fc.integer({ min: 1, max: 7 }), r: fc.integer({ min: 1, max: 6 }) })
  .chain(({ m, r: wanted }) => {
    // Every state needs an answer leading to it: 4 answers per non-recommendation is the cap.
    const r = Math.min(wanted, 3 * m + 1);
    const n = m + r;
    return fc.record({
      m: fc.constant(m),
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
      keys: fc.uniqueArray(stateKey, { minLength: n, maxLength: n }),
      parents: fc.array(fc.nat(), { minLength: n, maxLength: n }),
      extras: fc.array(fc.array(fc.nat(), { maxLength: 3 }), { minLength: m, maxLength: m }),
      events: fc.array(fc.uniqueArray(eventId, { minLength: 4, maxLength: 4 }), {
        minLength: m,
        maxLength: m,
      }),
      labels: fc.array(text, { minLength: 4 * m, maxLength: 4 * m }),
      questions: fc.array(questionMeta, { minLength: m, maxLength: m }),
      infos: fc.array(infoMeta, { minLength: m, maxLength: m }),
      recommendations: fc.array(recommendationMeta, { minLength: r, maxLength: r }),
      extrasPerState: fc.array(stateExtras, { minLength: n, maxLength: n }),
      notes: fc.array(fc.option(text, { nil: undefined }), { minLength: 4 * m, maxLength: 4 * m }),
      meta: treeMeta,
      schema: fc.boolean(),
    });
  })
  .map((g) => {
    const out = shape(g.m, g.keys.length - g.m, g.parents, g.extras);
    const states: Record<string, StateNode> = {};
    g.keys.forEach((key, i) => {
      const targets = out[i] ?? [];
      const extra = g.extrasPerState[i] ?? {};
      if (i >= g.m) {
        const meta = g.recommendations[i - g.m] as StateMeta;
        states[key] = { type: 'final', ...extra, meta };
        return;
      }
      const meta = (targets.length === 1 ? g.infos[i] : g.questions[i]) as StateMeta;
      const on: NonNullable<StateNode['on']> = {};
      targets.forEach((target, k) => {
        const event = g.events[i]?.[k] as string;
        // Labels must differ within a state; the number keeps them apart whatever the text.
        const description = `${g.labels[4 * i + k] ?? ''} ${k + 1}`;
        const note = g.notes[4 * i + k];
        on[event] = {
          target: g.keys[target] as string,
          description,
          ...(note === undefined ? {} : { meta: { note } }),
        };
      });
      states[key] = { ...extra, meta, on };
    });
    const tree: Tree = { id: g.id, initial: g.keys[0] as string, meta: g.meta, states };
    return g.schema ? { $schema: './tree.schema.json', ...tree } : tree;
  });

/** Scenarios reaching random recommendations of a tree, by random walks from the initial state. */
export function scenariosFor(tree: Tree): fc.Arbitrary<Scenario[]> {
  const walkFrom = (picks: number[]): { answers: string[]; end: string } => {
    let current = tree.initial;
    const answers: string[] = [];
    for (const pick of picks) {
      const events = Object.keys(tree.states[current]?.on ?? {});
      if (events.length === 0) break;
      const event = events[pick % events.length] as string;
      answers.push(event);
      current = tree.states[current]?.on?.[event]?.target ?? current;
    }
    return { answers, end: current };
  };
  return fc
    .array(fc.record({ picks: fc.array(fc.nat(), { maxLength: 16 }), title: text, case: text }), {
      maxLength: 4,
    })
    .map((list) =>
      list.map((s, i) => {
        const { answers, end } = walkFrom([...s.picks, ...Array<number>(16).fill(0)]);
        return { id: `case-${i + 1}`, title: s.title, case: s.case, answers, expect: end };
      }),
    );
}

/** Every object or array inside a JSON value, with its keys: the places a mutation can hit. */
export function slots(root: object): [holder: Record<string, unknown>, key: string][] {
  const out: [Record<string, unknown>, string][] = [];
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    for (const [key, value] of Object.entries(node) as [string, unknown][]) {
      out.push([node as Record<string, unknown>, key]);
      if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  return out;
}
