import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy: boolean;
}

/** A small in-app dialog (never `window.prompt`): Escape or Cancel closes it, focus starts inside. */
function Dialog({ title, children, onCancel, onSubmit, submitLabel, busy }: DialogProps) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, []);
  return (
    <div className="dialog-backdrop">
      <form
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2>{title}</h2>
        {children}
        <div className="dialog-actions">
          <button type="submit" className="small-button primary" disabled={busy}>
            {busy ? 'Working…' : submitLabel}
          </button>
          <button type="button" className="small-button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}

/** Asks for the message of a new version. */
export function SaveVersionDialog(props: {
  busy: boolean;
  dirty: boolean;
  onSave: (message: string) => void;
  onCancel: () => void;
}) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  return (
    <Dialog
      title="Save version"
      submitLabel="Save version"
      busy={props.busy}
      onCancel={props.onCancel}
      onSubmit={() => {
        if (message.trim() === '') setError('Say what changed, for the history.');
        else props.onSave(message.trim());
      }}
    >
      {props.dirty && <p className="hint">Your unsaved changes are saved first.</p>}
      <div className="field">
        <label htmlFor="version-message">What changed, and why</label>
        <textarea
          id="version-message"
          value={message}
          onChange={(e) => {
            setMessage(e.target.value);
          }}
        />
      </div>
      {error && <p role="alert">{error}</p>}
    </Dialog>
  );
}

function aYearFrom(today: string): string {
  return `${String(Number(today.slice(0, 4)) + 1)}${today.slice(4) === '-02-29' ? '-02-28' : today.slice(4)}`;
}

/** Asks for the reviewers and the review-due date of an approval. */
export function ApproveDialog(props: {
  busy: boolean;
  today: string;
  onApprove: (reviewers: string[], reviewDue: string) => void;
  onCancel: () => void;
}) {
  const [names, setNames] = useState('');
  const [due, setDue] = useState(() => aYearFrom(props.today));
  const [error, setError] = useState('');
  return (
    <Dialog
      title="Approve this version"
      submitLabel="Approve"
      busy={props.busy}
      onCancel={props.onCancel}
      onSubmit={() => {
        const reviewers = names
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '');
        if (reviewers.length === 0) setError('Name at least one reviewer.');
        else if (!(due > props.today)) setError('The review must fall due after today.');
        else props.onApprove(reviewers, due);
      }}
    >
      <p className="hint">
        Approval records the reviewers and today’s date in the pathway and saves it as a version.
      </p>
      <div className="field">
        <label htmlFor="approve-names">Reviewers (comma-separated)</label>
        <input
          id="approve-names"
          value={names}
          onChange={(e) => {
            setNames(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="approve-due">Review due</label>
        <input
          id="approve-due"
          type="date"
          value={due}
          onChange={(e) => {
            setDue(e.target.value);
          }}
        />
      </div>
      {error && <p role="alert">{error}</p>}
    </Dialog>
  );
}
