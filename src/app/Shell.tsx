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
        <strong>Educational aid.</strong> Not medical advice and not a substitute for clinical
        judgement or the primary literature. Pathways are drafts that no clinician has signed off.
      </p>
      <main className="shell-main">{children}</main>
    </div>
  );
}
