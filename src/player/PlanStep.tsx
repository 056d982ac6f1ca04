import type { RefObject } from 'react';
import type { PlanMeta, Reference, Transition } from '../model/types';
import { AnswerButtons } from './QuestionStep';
import { ClinicalDetails } from './ClinicalDetails';

interface Props {
  meta: PlanMeta;
  answers: Record<string, Transition>;
  references?: Reference[] | undefined;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  previous?: string | undefined;
}

/**
 * A plan step: what it adds to the patient's care plan, in full, and the way on (usually
 * Continue). On phones the answers stay in view at the bottom of the screen while the clinician
 * reads (styles.css).
 */
export function PlanStep({ meta, answers, references, onChoose, headingRef, previous }: Props) {
  return (
    <section className="step plan-step" aria-labelledby="step-heading">
      <p className="step-kind">Added to the care plan</p>
      <h1 id="step-heading" ref={headingRef} tabIndex={-1} dir="auto">
        {meta.title}
      </h1>
      <div className="plan-step-details">
        <ClinicalDetails meta={meta} references={references} />
      </div>
      <AnswerButtons answers={answers} onChoose={onChoose} previous={previous} />
    </section>
  );
}
