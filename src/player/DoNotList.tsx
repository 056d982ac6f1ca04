import type { DoNotItem } from '../model/types';
import { EvidenceBadge } from './EvidenceBadge';

/** "Do not do" items, set apart by an icon, a heading and a border: never by colour alone. */
export function DoNotList({ items }: { items: DoNotItem[] }) {
  if (items.length === 0) return null;
  return (
    <section className="do-not" aria-labelledby="do-not-heading">
      <h3 id="do-not-heading">
        <svg className="do-not-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="9" fill="currentColor" />
          <rect x="4.5" y="8.5" width="11" height="3" rx="1" fill="#fff" />
        </svg>
        Do not
      </h3>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <strong>Do not: {item.what.replace(/^do not\s+/i, '')}</strong>
            {item.why && <span> {item.why}</span>}
            {item.evidence && (
              <>
                {' '}
                <EvidenceBadge evidence={item.evidence} />
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
