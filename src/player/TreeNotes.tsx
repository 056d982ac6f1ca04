import { useEffect, useRef } from 'react';

/**
 * The pathway's own editor's notes (where a source is outdated or contradicts another), for the
 * clinician: a disclosure on the first screen and on the care plan, opened for printing.
 */
export function TreeNotes({ notes }: { notes?: readonly string[] | undefined }) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    // A closed disclosure prints as its summary alone; the printout must carry the notes.
    const open = () => {
      if (ref.current) ref.current.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => {
      window.removeEventListener('beforeprint', open);
    };
  }, []);
  if (!notes || notes.length === 0) return null;
  return (
    <details className="tree-notes" ref={ref}>
      <summary>Notes on this pathway ({notes.length})</summary>
      <ul>
        {notes.map((note, i) => (
          <li key={i} dir="auto">
            {note}
          </li>
        ))}
      </ul>
    </details>
  );
}
