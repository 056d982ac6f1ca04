import type { Transition } from '../model/types';

interface Props {
  answers: Record<string, Transition>;
  onChoose: (event: string) => void;
  /** The answer chosen here before the clinician went back to change it. */
  previous?: string | undefined;
}

/** A step's answers as large buttons, numbered for the keyboard, the previous choice marked. */
export function AnswerButtons({ answers, onChoose, previous }: Props) {
  return (
    <div role="group" aria-label="Answers" className="answers">
      {Object.entries(answers).map(([event, answer], i) => (
        <button
          key={event}
          type="button"
          className={event === previous ? 'answer previous' : 'answer'}
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
