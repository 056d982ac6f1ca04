import type { RefObject } from 'react';
import { stepBody, stepHeading } from '../model/kinds';
import type { InfoMeta, PlanMeta, QuestionMeta, Transition } from '../model/types';

interface Props {
  meta: QuestionMeta | InfoMeta | PlanMeta;
  answers: Record<string, Transition>;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** One question (or info step) and its answers as large buttons, numbered for the keyboard. */
export function QuestionStep({ meta, answers, onChoose, headingRef }: Props) {
  const title = stepHeading(meta);
  const text = stepBody(meta);
  return (
    <section className="step" aria-labelledby="step-heading">
      {meta.kind === 'info' && <p className="step-kind">Checkpoint</p>}
      {meta.kind === 'plan' && <p className="step-kind">Added to the plan</p>}
      <h1 id="step-heading" ref={headingRef} tabIndex={-1} dir="auto">
        {title}
      </h1>
      {text !== undefined && (
        <p className={meta.kind === 'question' ? 'help' : 'info-body'} dir="auto">
          {text}
        </p>
      )}
      {meta.kind === 'plan' && (
        <ul className="plan-actions">
          {meta.actions.map((action, i) => (
            <li key={i} dir="auto">
              {action}
            </li>
          ))}
        </ul>
      )}
      {meta.section && <p className="section-ref">Source section: {meta.section}</p>}
      <div role="group" aria-label="Answers" className="answers">
        {Object.entries(answers).map(([event, answer], i) => (
          <button
            key={event}
            type="button"
            className="answer"
            onClick={() => {
              onChoose(event);
            }}
          >
            {i < 9 && (
              <kbd className="answer-key" aria-hidden="true">
                {i + 1}
              </kbd>
            )}
            <span dir="auto">{answer.description}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
