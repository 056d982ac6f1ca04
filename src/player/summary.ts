/** The plain-text care plan a clinician pastes into the chart. */
import { carePlan } from '../model/carePlan';
import type { ClinicalMeta, Dose, Evidence, Tree } from '../model/types';
import type { PlayerView } from './session';

export function doseLine(dose: Dose): string {
  const parts: [string, string | undefined][] = [
    ['start', dose.start],
    ['titration', dose.titration],
    ['target', dose.target],
    ['maximum', dose.maximum],
    ['duration', dose.duration],
    ['note', dose.note],
  ];
  const given = parts.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v ?? ''}`);
  return given.length > 0 ? `${dose.drug}: ${given.join('; ')}` : dose.drug;
}

/** "Level Ia, grade A, for" from whatever fields the source gave. */
export function evidenceLine(evidence: Evidence): string {
  const parts = [
    evidence.level && `level ${evidence.level}`,
    evidence.grade && `grade ${evidence.grade}`,
    evidence.strength,
    evidence.direction,
  ].filter(Boolean);
  const graded = parts.join(', ');
  const about = evidence.about ? `${evidence.about}: ` : '';
  if (graded === '') return `${about}${evidence.note ?? 'not graded'}`;
  return `${about}${graded}${evidence.note ? ` (${evidence.note})` : ''}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ['', `${title}:`, ...lines.map((l) => `- ${l}`)];
}

/** One plan item: its title, then what to do and the grades behind it, indented under it. */
function itemLines(label: string, meta: ClinicalMeta): string[] {
  return [
    '',
    `${label}: ${meta.title}`,
    ...meta.actions.map((a) => `  - ${a}`),
    ...(meta.evidence ?? []).map((e) => `  - Evidence: ${evidenceLine(e)}`),
  ];
}

/**
 * The plain-text care plan of a walk, for the chart (and the downloaded plan): the answers, every
 * plan step passed in path order, the conclusion, then the merged doses, cautions, monitoring and
 * "do not" items, and each reference once.
 */
export function chartSummary(tree: Tree, view: PlayerView, date: Date, link?: string): string {
  const { meta } = tree;
  const lines = [
    `${meta.title} (Stepwise pathway ${tree.id}, version ${meta.version}, ${meta.status})`,
    `Date: ${date.toISOString().slice(0, 10)}`,
    `Source: ${meta.source.title}. ${meta.source.publisher}, ${meta.source.date}.`,
  ];
  if (link !== undefined) lines.push(`Link: ${link}`);
  if (view.from) lines.push(`Started part-way, at "${view.from}" (not the start of the pathway).`);
  lines.push(
    ...section(
      'Questions and answers',
      view.trail.map((s) => `${s.question} ${s.answer}`),
    ),
  );
  const plan = carePlan(tree, view.visited);
  const steps = plan.items.filter((item) => !item.conclusion);
  if (steps.length > 0)
    lines.push(
      '',
      `Care plan (${String(steps.length + (plan.concluded ? 1 : 0))} items, in the order added):`,
    );
  steps.forEach((item, i) => {
    lines.push(...itemLines(`${String(i + 1)}. Plan`, item.meta));
  });
  const conclusion = plan.items.find((item) => item.conclusion);
  if (conclusion) {
    lines.push('', `Recommended next step: ${conclusion.meta.title}`);
    lines.push(...section('Actions', conclusion.meta.actions));
    lines.push(...section('Evidence', (conclusion.meta.evidence ?? []).map(evidenceLine)));
  } else {
    lines.push('', `Not finished: the walk stopped at "${view.current}".`);
  }
  if (plan.items.length > 0) {
    lines.push(...section('Doses', plan.doses.map(doseLine)));
    lines.push(
      ...section(
        'Cautions',
        plan.cautions.map((c) => c.text),
      ),
    );
    lines.push(
      ...section(
        'Monitoring and reassessment',
        plan.monitoring.map((m) => m.text),
      ),
    );
    lines.push(
      ...section(
        'Do not',
        plan.doNot.map((d) => (d.why ? `${d.what} (${d.why})` : d.what)),
      ),
    );
    const refs = new Map(meta.references.map((r) => [r.id, r.citation]));
    lines.push(
      ...section(
        'References',
        plan.references.map((id) => refs.get(id) ?? id),
      ),
    );
  }
  lines.push(...section('Notes on this pathway', meta.editorNotes ?? []));
  lines.push('', 'Educational aid only; not a substitute for clinical judgement.');
  return `${lines.join('\n')}\n`;
}
