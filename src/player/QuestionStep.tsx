import { Suspense, type RefObject } from 'react';
import type { InfoMeta, PlanMeta, QuestionMeta, Reference, Transition } from '../model/types';
import { AnswerButtons } from './AnswerButtons';
import { planStep } from './recommendationPart';

const PlanStep = planStep.Component;

interface Props {
  meta: QuestionMeta | InfoMeta | PlanMeta;
  answers: Record<string, Transition>;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The answer given here before "Change", marked on its button. */
  previous?: string | undefined;
  /** The tree's references, for the citations of a plan step. */
  references?: Reference[] | undefined;
}

/**
 * One step that asks for an answer: a question or info step and its answers as large buttons,
 * numbered for the keyboard; a plan step has its own screen (PlanStep).
 */
export function QuestionStep({ meta, answers, onChoose, headingRef, previous, references }: Props) {
  if (meta.kind === 'plan') {
    return (
      <Suspense fallback={<p className="loading">Loading the plan step…</p>}>
        <PlanStep
          meta={meta}
          answers={answers}
          references={references}
          onChoose={onChoose}
          headingRef={headingRef}
          previous={previous}
        />
      </Suspense>
    );
  }
  const title = meta.kind === 'question' ? meta.prompt : meta.title;
  const text = meta.kind === 'question' ? meta.help : meta.body;
  return (
    <section className="step" aria-labelledby="step-heading">
      {meta.kind === 'info' && <p className="step-kind">Checkpoint</p>}
      <h1 id="step-heading" ref={headingRef} tabIndex={-1} dir="auto">
        {title}
      </h1>
      {/* On phones the answers come before this text (styles.css), so they show without scrolling. */}
      <p className={meta.kind === 'question' ? 'help' : 'info-body'} dir="auto">
        {text}
      </p>
      {meta.section && <p className="section-ref">Source section: {meta.section}</p>}
      <AnswerButtons answers={answers} onChoose={onChoose} previous={previous} />
    </section>
  );
}
