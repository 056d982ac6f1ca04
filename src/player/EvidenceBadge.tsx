import type { Evidence } from '../model/types';

/** Level / grade / strength and direction in one badge; direction is spelled out, not only coloured. */
export function EvidenceBadge({ evidence }: { evidence: Evidence }) {
  const parts = [
    evidence.level && `Level ${evidence.level}`,
    evidence.grade && `Grade ${evidence.grade}`,
    evidence.strength,
  ].filter(Boolean);
  if (parts.length === 0 && !evidence.direction)
    return <span className="badge ungraded">Not graded</span>;
  const direction =
    evidence.direction === 'against' ? 'against' : evidence.direction === 'for' ? 'for' : undefined;
  return (
    <span className={`badge ${direction ? `badge-${direction}` : ''}`}>
      {parts.join(' · ')}
      {direction && (
        <span className="badge-direction"> {direction === 'against' ? '✕ against' : '✓ for'}</span>
      )}
    </span>
  );
}
