import type { TrailStep } from './session';

/** The questions answered so far; each can be reopened to change its answer. */
export function Trail({
  steps,
  onJump,
  collapsed,
}: {
  steps: TrailStep[];
  onJump: (index: number) => void;
  collapsed: boolean;
}) {
  if (steps.length === 0) return null;
  const list = (
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
  );
  // At the recommendation, "Why this recommendation" already lists the answers; keep the trail for changes.
  return (
    <nav className="trail" aria-label="Answers so far">
      {collapsed ? (
        <details>
          <summary>Change an answer ({steps.length} so far)</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
