import type { TrailStep } from './session';
import { useWideScreen } from './useWideScreen';

/**
 * The questions answered so far; each can be reopened to change its answer. On phones, and at
 * the end of a walk (where "Why this recommendation" lists the answers), it folds into one line.
 */
export function Trail({
  steps,
  onJump,
  collapsed,
}: {
  steps: TrailStep[];
  onJump: (index: number) => void;
  collapsed: boolean;
}) {
  const wide = useWideScreen();
  if (steps.length === 0) return null;
  const open = wide && !collapsed;
  return (
    <nav className="trail" aria-label="Answers so far">
      <details open={open} key={String(open)}>
        <summary>
          {steps.length} earlier {steps.length === 1 ? 'answer' : 'answers'}
        </summary>
        <ol>
          {steps.map((step) => (
            <li key={step.index}>
              <span className="trail-question">{step.question}</span>{' '}
              <span className="trail-answer">{step.answer}</span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onJump(step.index);
                }}
                aria-label={`Change answer to: ${step.question}`}
              >
                Change
              </button>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
