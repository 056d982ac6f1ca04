import { useEffect, useRef, useSyncExternalStore } from 'react';

/** What a confirm dialog asks: a question, the steps it is about (named for people), two answers. */
export interface ConfirmRequest {
  title: string;
  message: string;
  /** The steps concerned, by prompt or title (see `stepName`), one line each. */
  items?: readonly string[];
  confirmLabel: string;
  cancelLabel?: string;
}

interface Props {
  request: ConfirmRequest | null;
  onAnswer: (confirmed: boolean) => void;
}

/** How many step names are listed before "and N more". */
const LISTED = 8;

/**
 * An in-app confirm dialog (a modal `<dialog>`: focus stays inside, Escape cancels). It replaces
 * `window.confirm`, which can only show raw text and blocks the page; this one names steps by
 * their prompt or title and starts on the safe answer.
 */
export function ConfirmDialog({ request, onAnswer }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (request && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!request && dialog.open) dialog.close();
  }, [request]);
  const items = request?.items ?? [];
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(false);
      }}
    >
      {request && (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            onAnswer(true);
          }}
        >
          <h2 id="confirm-title">{request.title}</h2>
          <p id="confirm-message">{request.message}</p>
          {items.length > 0 && (
            <ul className="confirm-items">
              {items.slice(0, LISTED).map((item, i) => (
                <li key={i}>{item}</li>
              ))}
              {items.length > LISTED && <li>and {String(items.length - LISTED)} more</li>}
            </ul>
          )}
          <div className="confirm-buttons">
            <button
              ref={cancelRef}
              type="button"
              className="small-button"
              onClick={() => {
                onAnswer(false);
              }}
            >
              {request.cancelLabel ?? 'Cancel'}
            </button>
            <button type="submit" className="small-button danger">
              {request.confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

type Pending = { request: ConfirmRequest; resolve: (confirmed: boolean) => void };
let pending: Pending | null = null;
const listeners = new Set<() => void>();

/**
 * Asks in the app's dialog (rendered by `ConfirmHost`) and resolves with the answer. A second
 * question while one is open cancels the first.
 */
export function confirmInApp(request: ConfirmRequest): Promise<boolean> {
  pending?.resolve(false);
  return new Promise((resolve) => {
    pending = { request, resolve };
    for (const listener of listeners) listener();
  });
}

function answer(confirmed: boolean): void {
  const current = pending;
  pending = null;
  current?.resolve(confirmed);
  for (const listener of listeners) listener();
}

/** Renders whatever `confirmInApp` is asking; mounted once in the editor. */
export function ConfirmHost() {
  const request = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => pending?.request ?? null,
  );
  return <ConfirmDialog request={request} onAnswer={answer} />;
}
