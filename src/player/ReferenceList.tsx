import { safeUrl } from '../model/safeUrl';
import type { Reference } from '../model/types';

function linkOf(ref: Reference): string | undefined {
  // Both go through the one URL rule: a DOI holding `/../` or spaces still makes a doi.org link.
  if (ref.doi)
    return safeUrl(`https://doi.org/${ref.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}`);
  return safeUrl(ref.url);
}

/** Full citations for the reference ids of a step, in the order the step gives them. */
export function ReferenceList({ ids, references }: { ids: string[]; references: Reference[] }) {
  if (ids.length === 0) return null;
  const byId = new Map(references.map((r) => [r.id, r]));
  return (
    <section className="references">
      <h3>References</h3>
      <ol>
        {ids.map((id) => {
          const ref = byId.get(id);
          if (!ref) return <li key={id}>Unknown reference “{id}”</li>;
          const link = linkOf(ref);
          return (
            <li key={id}>
              {ref.citation}
              {link && (
                <>
                  {' '}
                  <a href={link} rel="noreferrer noopener" target="_blank">
                    {ref.doi ? `doi:${ref.doi}` : 'link'}
                  </a>
                </>
              )}
              {ref.note && <span className="reference-note"> ({ref.note})</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
