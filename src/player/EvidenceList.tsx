import type { Evidence } from '../model/types';
import { legendFor } from './evidenceSchemes';
import { EvidenceBadge } from './EvidenceBadge';

/** The grades behind a step, with a legend for each grading scheme used. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  const schemes = [...new Set(evidence.map((e) => e.scheme).filter((s) => s !== undefined))];
  return (
    <section className="evidence">
      <h3>Evidence</h3>
      <ul>
        {evidence.map((e, i) => (
          <li key={i}>
            {e.about && <span className="evidence-about">{e.about}: </span>}
            <EvidenceBadge evidence={e} />
            {e.note && <span className="evidence-note"> {e.note}</span>}
          </li>
        ))}
      </ul>
      {schemes.map((scheme) => {
        const legend = legendFor(scheme);
        return (
          <details key={scheme} className="legend">
            <summary>What the grades mean ({scheme})</summary>
            {legend ? (
              <>
                <dl>
                  {legend.entries.map(([code, meaning]) => (
                    <div key={code}>
                      <dt>{code}</dt>
                      <dd>{meaning}</dd>
                    </div>
                  ))}
                </dl>
                <p className="legend-origin">{legend.origin}</p>
              </>
            ) : (
              <p>The source names this scheme but does not explain it.</p>
            )}
          </details>
        );
      })}
    </section>
  );
}
