import { routeHref } from '../routes/route';
import {
  distinctTexts,
  drugClassLabels,
  gradedEvidence,
  hasDose,
  onlyInDoNot,
  type TreeItem,
} from '../model/compare';
import { EvidenceBadge } from '../player/EvidenceBadge';

/** Text tags (never colour alone) for how a tree holds an item. */
export function ItemTags({ item, unique }: { item: TreeItem; unique?: boolean }) {
  return (
    <>
      {drugClassLabels(item.key).map((c) => (
        <span key={c} className="cmp-tag cmp-tag-class">
          {c}
        </span>
      ))}
      {hasDose(item) && <span className="cmp-tag">dose given</span>}
      {onlyInDoNot(item) && <span className="cmp-tag cmp-tag-donot">only in a “do not”</span>}
      {unique && <span className="cmp-tag cmp-tag-unique">only here</span>}
    </>
  );
}

/** One item in one pathway: name, tags, evidence badges and links to the steps it appears in. */
export function CompareItem({
  treeId,
  item,
  unique,
}: {
  treeId: string;
  item: TreeItem;
  unique: boolean;
}) {
  const graded = gradedEvidence(item);
  const texts = item.kind === 'doNot' ? distinctTexts(item).filter((t) => t !== item.label) : [];
  return (
    <li className="cmp-item">
      <p className="cmp-item-head">
        <span className="cmp-item-name">{item.label}</span> <ItemTags item={item} unique={unique} />
      </p>
      {texts.length > 0 && (
        <ul className="cmp-texts">
          {texts.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <p className="cmp-badges">
        {graded.length > 0 ? (
          graded.map((e, i) => <EvidenceBadge key={i} evidence={e} />)
        ) : (
          <EvidenceBadge evidence={{}} />
        )}
      </p>
      <StepLinks treeId={treeId} item={item} />
    </li>
  );
}

function StepLinks({ treeId, item }: { treeId: string; item: TreeItem }) {
  const links = item.occurrences.map((o) => (
    <a key={o.state} href={routeHref({ page: 'play', treeId, answers: o.answers })}>
      {o.stateTitle}
    </a>
  ));
  if (links.length === 1) return <p className="cmp-steps">In: {links[0]}</p>;
  return (
    <details className="cmp-steps">
      <summary>In {links.length} steps</summary>
      <ul>
        {links.map((link) => (
          <li key={link.key}>{link}</li>
        ))}
      </ul>
    </details>
  );
}
