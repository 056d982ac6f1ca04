import type { RefObject } from 'react';
import { stepHeading } from '../model/kindBasics';
import { ANSWER_ATTR } from '../routes/startRoute';
import type { InfoMeta, QuestionMeta, Transition } from '../model/types';

interface Props {
  meta: QuestionMeta | InfoMeta;
  answers: Record<string, Transition>;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The answer given here before "Change", marked on its button. */
  previous?: string | undefined;
}

/**
 * One question (or info step) and its answers as large buttons, numbered for the keyboard. A plan
 * step has its own screen (PlanStep); `stepViews.tsx` picks the view by kind.
 */
export function QuestionStep({ meta, answers, onChoose, headingRef, previous }: Props) {
  const title = stepHeading(meta);
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

interface AnswerProps {
  answers: Record<string, Transition>;
  onChoose: (event: string) => void;
  /** The answer chosen here before the clinician went back to change it. */
  previous?: string | undefined;
}

/** A step's answers as large buttons (kept in this module so the first load has one chunk less), numbered for the keyboard, the previous choice marked. */
export function AnswerButtons({ answers, onChoose, previous }: AnswerProps) {
  return (
    <div role="group" aria-label="Answers" className="answers">
      {Object.entries(answers).map(([event, answer], i) => (
        <button
          key={event}
          type="button"
          className={event === previous ? 'answer previous' : 'answer'}
          // Lets the prerendered page keep a tap made before the app took over (startGuard.ts).
          {...{ [ANSWER_ATTR]: event }}
          aria-describedby={event === previous ? 'previous-answer-note' : undefined}
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
          {event === previous && (
            // Kept out of the button's name (so the answer is still named by its label) but read as its
            // description.
            <span className="previous-tag" id="previous-answer-note" aria-hidden="true">
              Your previous answer
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
