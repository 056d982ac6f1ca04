import type { ReactNode } from 'react';

/** Page frame: the app name, the educational-use notice, and the page. */
export function Shell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <header className="shell-header">
        <a className="brand" href="#/">
          Stepwise
        </a>
        <span className="brand-tag">clinical pathways for refractory pain</span>
      </header>
      <p className="edu-notice" role="note">
        <strong>Educational aid.</strong>{' '}
        <span className="edu-long">
          Not medical advice and not a substitute for clinical judgement or the primary literature.
          Pathways are drafts that no clinician has signed off.
        </span>
        {/* On phones (styles.css) the notice shrinks to one line but never goes. */}
        <span className="edu-short">Not medical advice; drafts not signed off by a clinician.</span>
      </p>
      <main className="shell-main">{children}</main>
    </div>
  );
}
