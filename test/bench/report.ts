/** The bench's figures as a plain-text table (terminal) and as Markdown (README). */
import type { BrowserResult } from './browser';
import type { Verdict } from './budgets';
import type { BundleGroup, BundleResult } from './bundle';
import type { MicroResult } from './micro';
import { ms, type Machine, type Summary } from './stats';

export interface Results {
  date: string;
  quick: boolean;
  machine: Machine;
  micro: MicroResult[] | undefined;
  /** Exports and layout at scale (`scale.ts`); absent from results written before it existed. */
  scale?: MicroResult[] | undefined;
  bundle: Omit<BundleResult, 'outDir'> | undefined;
  browser: BrowserResult | undefined;
  budgets: Verdict[];
}

type Row = string[];

function textTable(head: Row, rows: Row[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: Row) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(head: Row, rows: Row[]): string {
  const line = (r: Row) => `| ${r.join(' | ')} |`;
  const rule = `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

const range = (s: Summary) => `${ms(s.p25)}–${ms(s.p75)}`;
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function machineLine(m: Machine): string {
  const commit = m.commit ? `, commit ${m.commit}${m.dirty ? ' + local changes' : ''}` : '';
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}${m.chromium ? `, Chromium ${m.chromium}` : ''}, load ${m.load}${commit}`;
}

function microSections(micro: MicroResult[]): { head: Row; rows: Row[]; wide: Row[] } {
  const head = [
    'Model core (Node, ms)',
    'states',
    'median',
    'p25–p75',
    'MAD',
    'runs',
    'x createMachine',
  ];
  const rows = micro.map((r) => [
    r.task,
    String(r.states),
    ms(r.time.median),
    range(r.time),
    ms(r.time.mad),
    String(r.time.n),
    r.ratio === undefined ? '1' : r.ratio.toFixed(2),
  ]);
  // One row per task, one column per tree size, for the README.
  const tasks = [...new Set(micro.map((r) => r.task.replace(/ \(\d+\)$/, '')))];
  const sizes = [...new Set(micro.map((r) => r.states))];
  const wide = tasks.map((task) => [
    task,
    ...sizes.map((states) => {
      const r = micro.find((m) => m.states === states && m.task.replace(/ \(\d+\)$/, '') === task);
      if (!r) return '-';
      const ratio = r.ratio === undefined ? '' : ` · ${r.ratio.toFixed(2)}x`;
      return `${ms(r.time.median)} (${range(r.time)})${ratio}`;
    }),
  ]);
  return {
    head,
    rows,
    wide: [['Task (ms)', ...sizes.map((s) => `${s.toLocaleString('en')} states`)], ...wide],
  };
}

function bundleRows(bundle: Omit<BundleResult, 'outDir'>): Row[] {
  const files = (g: BundleGroup) => g.js.length + g.css.length;
  return [
    ['Player first load, JS', kB(bundle.player.jsGzip), String(bundle.player.js.length)],
    ['Player first load, CSS', kB(bundle.player.cssGzip), String(bundle.player.css.length)],
    ['Player first load, tree data (JSON)', kB(bundle.treeData.gzip), '1'],
    [
      'Player after the first step (plan and end screens, XState; fetched while it is read), JS',
      kB(bundle.afterFirstStep.jsGzip),
      String(bundle.afterFirstStep.js.length),
    ],
    ['Editor chunks (lazy), JS', kB(bundle.editor.jsGzip), String(bundle.editor.js.length)],
    ['Editor chunks (lazy), CSS', kB(bundle.editor.cssGzip), String(bundle.editor.css.length)],
    [
      'Total player first load',
      kB(bundle.player.jsGzip + bundle.player.cssGzip + bundle.treeData.gzip),
      String(files(bundle.player) + 1),
    ],
  ];
}

function browserRows(b: BrowserResult): Row[] {
  const row = (name: string, s: Summary): Row => [
    name,
    ms(s.median),
    range(s),
    ms(s.p95),
    String(s.n),
  ];
  return [
    row('Player: first question visible (pathway page)', b.firstQuestion.app),
    row('  same through the hash route, script only', b.firstQuestion.spa),
    row('Static HTML, same text (floor)', b.firstQuestion.floor),
    ['Player / floor', `${b.firstQuestion.ratio.toFixed(2)}x`, '', '', ''],
    row('Player, slow 4G + 4x CPU (pathway page)', b.firstQuestionSlow.app),
    row('  hash route, slow 4G + 4x CPU', b.firstQuestionSlow.spa),
    row('Floor, slow 4G + 4x CPU', b.firstQuestionSlow.floor),
    ['Player / floor, slow 4G + 4x CPU', `${b.firstQuestionSlow.ratio.toFixed(2)}x`, '', '', ''],
    row(`Editor ${b.editorStates} states: nodes drawn`, b.editorNodesDrawn),
    row(`Editor ${b.editorStates} states: interactive`, b.editorInteractive),
    row(`Editor ${b.editorStates} states, no positions: interactive`, b.editorFirstOpen),
    row('  layout in worker (status → nodes drawn)', b.layoutWait),
    row('  longest main-thread task meanwhile', b.layoutLongestTask),
    row('  task drawing the nodes afterwards', b.layoutRenderTask),
    row('Idle frame, no input (control)', b.idleFrames),
    row('Pan frame, bundled pathway (control)', b.panSmall),
    row('Pan frame (zoomed out, as opened)', b.panFit),
    row(`Pan frame (zoomed in to ${Math.round(b.zoomReached * 100)}%)`, b.panZoomed),
    row('Wheel zoom frame', b.zoom),
    row('Keystroke → canvas text at 100% (DOM)', b.keystrokeDom),
    row('Keystroke → canvas text at 100% (next frame)', b.keystrokeFrame),
    row('Keystroke → canvas, opening zoom (next frame)', b.keystrokeFarFrame),
  ];
}

const BROWSER_HEAD = ['Browser (ms)', 'median', 'p25–p75', 'p95', 'n'];
const BUNDLE_HEAD = ['Bundle (gzip)', 'kB', 'files'];
const BUDGET_HEAD = [
  'Budget (judged by ratio)',
  'measured',
  'limit',
  'absolute (reported)',
  'result',
];
const budgetRows = (v: Verdict[]): Row[] =>
  v.map((c) => [c.budget, c.measured, c.limit, c.absolute, c.pass ? 'pass' : 'FAIL']);

export function renderText(r: Results): string {
  const out = [
    `Machine: ${machineLine(r.machine)}`,
    `Date: ${r.date}${r.quick ? ' (quick)' : ''}`,
    '',
  ];
  if (r.micro) out.push(textTable(microSections(r.micro).head, microSections(r.micro).rows), '');
  if (r.scale) out.push(textTable(microSections(r.scale).head, microSections(r.scale).rows), '');
  if (r.bundle) out.push(textTable(BUNDLE_HEAD, bundleRows(r.bundle)), '');
  if (r.browser) out.push(textTable(BROWSER_HEAD, browserRows(r.browser)), '');
  out.push(textTable(BUDGET_HEAD, budgetRows(r.budgets)), '');
  return `${out.join('\n')}\n`;
}

export function renderMarkdown(r: Results): string {
  const out = [`Measured ${r.date.slice(0, 10)} on ${machineLine(r.machine)}.`, ''];
  if (r.micro) {
    const [head, ...rows] = microSections(r.micro).wide;
    out.push(
      'Model core in Node: median ms (p25–p75) · time relative to XState `createMachine` on the same tree.',
      '',
      markdownTable(head ?? [], rows),
      '',
    );
  }
  if (r.scale) {
    const [head, ...rows] = microSections(r.scale).wide;
    out.push(
      'Exports and layout of a chain with a shortcut from every question: median ms (p25–p75) · time relative to `createMachine` on the same tree.',
      '',
      markdownTable(head ?? [], rows),
      '',
    );
  }
  if (r.bundle) out.push(markdownTable(BUNDLE_HEAD, bundleRows(r.bundle)), '');
  if (r.browser) out.push(markdownTable(BROWSER_HEAD, browserRows(r.browser)), '');
  out.push(markdownTable(BUDGET_HEAD, budgetRows(r.budgets)), '');
  return `${out.join('\n')}\n`;
}
