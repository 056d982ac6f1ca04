import { useEffect, useRef, useState, type ReactNode } from 'react';
import { checkAuthorName, nameProblem } from '../model/authorName';
import { rememberedName, rememberName } from './yourName';

interface DialogProps {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy: boolean;
}

/**
 * A small in-app dialog (never `window.prompt`): Escape or Cancel closes it, focus starts inside,
 * on the first field still empty (a remembered name is passed over).
 */
function Dialog({ title, children, onCancel, onSubmit, submitLabel, busy }: DialogProps) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const fields = [
      ...(ref.current?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        'input, textarea',
      ) ?? []),
    ];
    (fields.find((f) => f.value === '') ?? fields[0])?.focus();
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

const NAME_FIELD = 'version-author';
const NAME_HINT = 'version-author-hint';
const NAME_ERROR = 'version-author-error';

/** The name to record as the version's author, prefilled from the one this browser remembers. */
function useAuthorName() {
  const [name, setName] = useState(rememberedName);
  const [problem, setProblem] = useState('');
  const input = useRef<HTMLInputElement>(null);
  /** The checked name (remembered for next time), or undefined with the problem shown. */
  const take = (): string | undefined => {
    const checked = checkAuthorName(name);
    if (!checked.ok) {
      setProblem(`${checked.message.charAt(0).toUpperCase()}${checked.message.slice(1)}.`);
      input.current?.focus(); // where a keyboard user fixes it
      return undefined;
    }
    setProblem('');
    rememberName(checked.name);
    return checked.name;
  };
  return { name, setName, problem, take, input };
}

/** "Your name": the same name the Comments panel asks for, here as the commit's author. */
function NameField(props: { author: ReturnType<typeof useAuthorName>; hint: string }) {
  const { name, setName, problem, input } = props.author;
  return (
    <div className="field">
      <label htmlFor={NAME_FIELD}>Your name</label>
      <input
        id={NAME_FIELD}
        ref={input}
        autoComplete="name"
        aria-required="true"
        aria-invalid={problem !== '' || undefined}
        aria-describedby={problem ? `${NAME_HINT} ${NAME_ERROR}` : NAME_HINT}
        value={name}
        onChange={(e) => {
          setName(e.target.value);
        }}
      />
      <p className="hint" id={NAME_HINT}>
        {props.hint}
      </p>
      {problem && (
        <p className="field-problem" id={NAME_ERROR} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Asks for the author's name and the message of a new version. */
export function SaveVersionDialog(props: {
  busy: boolean;
  dirty: boolean;
  onSave: (message: string, author: string) => void;
  onCancel: () => void;
}) {
  const author = useAuthorName();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  return (
    <Dialog
      title="Save version"
      submitLabel="Save version"
      busy={props.busy}
      onCancel={props.onCancel}
      onSubmit={() => {
        const name = author.take();
        if (name === undefined) setError('');
        else if (message.trim() === '') setError('Say what changed, for the history.');
        else {
          setError('');
          props.onSave(message.trim(), name);
        }
      }}
    >
      {props.dirty && <p className="hint">Your unsaved changes are saved first.</p>}
      <NameField author={author} hint="Recorded as the author of this version." />
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

/** Asks for the approver's name, the reviewers and the review-due date of an approval. */
export function ApproveDialog(props: {
  busy: boolean;
  today: string;
  onApprove: (approval: { reviewers: string[]; reviewDue: string; author: string }) => void;
  onCancel: () => void;
}) {
  const author = useAuthorName();
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
        const name = author.take();
        if (name === undefined) setError('');
        else if (reviewers.length === 0) setError('Name at least one reviewer.');
        else if (reviewers.some((n) => nameProblem(n) !== undefined)) {
          // The one name check the server applies to each reviewer, said before sending.
          const bad = reviewers.find((n) => nameProblem(n) !== undefined) ?? '';
          setError(`Reviewer “${bad}”: ${nameProblem(bad) ?? ''}.`);
        } else if (!(due > props.today)) setError('The review must fall due after today.');
        else {
          setError('');
          props.onApprove({ reviewers, reviewDue: due, author: name });
        }
      }}
    >
      <p className="hint">
        Approval records the reviewers and today’s date in the pathway and saves it as a version.
      </p>
      <NameField
        author={author}
        hint="Recorded as the author of the approval version; the reviewers go in the pathway."
      />
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
