/** The plain-text note a clinician pastes into the chart. */
import type { Dose, Evidence, RecommendationMeta, Tree } from '../model/types';
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

export function chartSummary(tree: Tree, view: PlayerView, date: Date): string {
  const { meta } = tree;
  const lines = [
    `${meta.title} (Stepwise pathway ${tree.id}, version ${meta.version}, ${meta.status})`,
    `Date: ${date.toISOString().slice(0, 10)}`,
    `Source: ${meta.source.title}. ${meta.source.publisher}, ${meta.source.date}.`,
  ];
  if (view.from) lines.push(`Started part-way, at "${view.from}" (not the start of the pathway).`);
  lines.push(
    ...section(
      'Questions and answers',
      view.trail.map((s) => `${s.question} ${s.answer}`),
    ),
  );
  if (view.node.meta.kind === 'recommendation') {
    const rec: RecommendationMeta = view.node.meta;
    lines.push('', `Recommended next step: ${rec.title}`);
    lines.push(...section('Actions', rec.actions));
    lines.push(...section('Doses', (rec.doses ?? []).map(doseLine)));
    lines.push(...section('Cautions', rec.cautions ?? []));
    lines.push(...section('Monitoring', rec.monitoring ?? []));
    lines.push(
      ...section(
        'Do not',
        (rec.doNot ?? []).map((d) => (d.why ? `${d.what} (${d.why})` : d.what)),
      ),
    );
    lines.push(...section('Evidence', (rec.evidence ?? []).map(evidenceLine)));
    const refs = new Map(meta.references.map((r) => [r.id, r.citation]));
    lines.push(
      ...section(
        'References',
        (rec.references ?? []).map((id) => refs.get(id) ?? id),
      ),
    );
  } else {
    lines.push('', `Not finished: the walk stopped at "${view.current}".`);
  }
  lines.push('', 'Educational aid only; not a substitute for clinical judgement.');
  return `${lines.join('\n')}\n`;
}
