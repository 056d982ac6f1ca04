import type { ReactNode, RefObject } from 'react';
import { carePlan, type CarePlanItem } from '../model/carePlan';
import type { RecommendationMeta, Tree } from '../model/types';
import { EditorNote } from './ClinicalDetails';
import { DoNotList } from './DoNotList';
import { ReviewStatus } from './ReviewStatus';
import { DoseTable } from './DoseTable';
import { EvidenceList } from './EvidenceList';
import { ReferenceList } from './ReferenceList';
import type { PlayerView } from './session';
import { SummaryActions } from './SummaryActions';
import { TextList } from './TextList';

interface Props {
  tree: Tree;
  view: PlayerView;
  meta: RecommendationMeta;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The pathway's notes (TreeNotes), handed in by the player so their code stays in its chunk. */
  notes?: ReactNode;
}

/** One item of the plan: its title, what to do and the grades behind it, its note and section. */
function PlanItem({ item, number }: { item: CarePlanItem; number: number }) {
  const { meta } = item;
  return (
    <li className={item.conclusion ? 'plan-item conclusion' : 'plan-item'}>
      <h3 dir="auto">
        {item.conclusion ? 'Next step: ' : `${String(number)}. `}
        {meta.title}
      </h3>
      <TextList title="What to do" items={meta.actions} className="actions" />
      <EvidenceList evidence={meta.evidence ?? []} />
      <EditorNote text={meta.editorNote} />
      {meta.section && <p className="section-ref">Source section: {meta.section}</p>}
    </li>
  );
}

/**
 * The end of a walk: the patient's care plan. Every plan step passed, in path order, then the
 * recommendation that concludes the walk; one merged dose table, one "do not" list, cautions,
 * monitoring and every reference once. Print shows the same, with the pathway's title, version,
 * the date and the link.
 */
export function RecommendationView({ tree, view, meta, headingRef, notes }: Props) {
  const { source } = tree.meta;
  const plan = carePlan(tree, view.visited);
  const steps = plan.items.filter((item) => !item.conclusion).length;
  const link = typeof window === 'undefined' ? '' : window.location.href;
  return (
    <section className="recommendation care-plan" aria-label="Recommended next step">
      <div className="print-only print-heading">
        <p>
          <strong>{tree.meta.title}</strong>, version {tree.meta.version} ({tree.meta.status})
        </p>
        <p>Printed {new Date().toISOString().slice(0, 10)}</p>
        <p className="print-link">{link}</p>
      </div>
      <p className="step-kind">
        {steps > 0 ? `Care plan: ${String(steps + 1)} items` : 'Recommended next step'}
      </p>
      <h1 ref={headingRef} tabIndex={-1} dir="auto">
        {meta.title}
      </h1>
      {steps > 0 && (
        <p className="care-plan-lede">
          The plan built on this walk, in the order its parts were added; the recommended next step
          comes last.
        </p>
      )}
      <ol className="plan-items" aria-label="Care plan">
        {plan.items.map((item, i) => (
          <PlanItem key={item.key} item={item} number={i + 1} />
        ))}
      </ol>
      <DoseTable doses={plan.doses} />
      <TextList title="Cautions" items={plan.cautions.map((c) => c.text)} className="cautions" />
      <TextList title="Monitoring and reassessment" items={plan.monitoring.map((m) => m.text)} />
      <DoNotList items={plan.doNot} />
      <section className="why">
        <h3>Why this plan</h3>
        {view.trail.length === 0 ? (
          <p>This step was opened directly, with no questions answered.</p>
        ) : (
          <ol>
            {view.trail.map((s) => (
              <li key={s.index}>
                {s.question} <strong>{s.answer}</strong>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReferenceList ids={plan.references} references={tree.meta.references} />
      {notes}
      <section className="provenance">
        <h3>Source</h3>
        <p>
          <cite>{source.title}</cite>. {source.publisher}, {source.date} ({source.kind}).
          {meta.section && <> Section: {meta.section}.</>}
        </p>
        <p>
          Pathway version {tree.meta.version}, status {tree.meta.status}.
        </p>
        <ReviewStatus meta={tree.meta} />
        <p className="disclaimer">{tree.meta.disclaimer}</p>
      </section>
      <SummaryActions tree={tree} view={view} />
    </section>
  );
}
