interface Props {
  step: number;
  left: number;
  done: boolean;
  canGoBack: boolean;
  onBack: () => void;
  onRestart: () => void;
}

/** Where the walk stands, with Back and Restart. */
export function PlayerControls({ step, left, done, canGoBack, onBack, onRestart }: Props) {
  return (
    <div className="player-controls">
      <p className="progress" aria-live="polite">
        {done ? (
          `Recommendation reached after ${step - 1} answers`
        ) : (
          <>
            {/* Phones show the short form (styles.css), so the header stays one line. */}
            <span className="progress-long">
              Step {step}, at most {left} {left === 1 ? 'question' : 'questions'} including this one
            </span>
            <span className="progress-short">
              Step {step} · at most {left} to go
            </span>
          </>
        )}
      </p>
      <div className="control-buttons">
        <button type="button" className="button" onClick={onBack} disabled={!canGoBack}>
          Back
        </button>
        <button type="button" className="button" onClick={onRestart} disabled={!canGoBack}>
          Restart
        </button>
      </div>
    </div>
  );
}
