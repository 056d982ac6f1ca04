import type { ReactNode } from 'react';
import {
  KIND_LABELS,
  classesInAll,
  groupByKind,
  inSome,
  type ComparedItem,
  type Comparison,
} from '../model/compare';
import { ItemTags } from './CompareItem';

/** What appears in only one pathway (per pathway), in all of them, and, of three, in two. */
export function CompareDifferences({ comparison }: { comparison: Comparison }) {
  const n = comparison.trees.length;
  const some = inSome(comparison);
  const classes = classesInAll(comparison);
  const titleOf = (id: string) => comparison.trees.find((t) => t.treeId === id)?.title ?? id;
  return (
    <section className="cmp-differences" aria-labelledby="cmp-differences">
      <h2 id="cmp-differences" tabIndex={-1}>
        Differences
      </h2>
      <div className={`cmp-only-list cmp-cols-${n}`}>
        {comparison.trees.map((t) => (
          <ItemGroup
            key={t.treeId}
            id={`cmp-only-${t.treeId}`}
            title={`Only in ${t.title}`}
            items={comparison.onlyIn.get(t.treeId) ?? []}
            treeId={t.treeId}
            empty="Nothing that the other pathways lack."
          />
        ))}
      </div>
      <ItemGroup
        id="cmp-in-all"
        title={n === 2 ? 'In both pathways' : `In all ${n} pathways`}
        items={comparison.inAll}
        empty={
          classes.length > 0
            ? 'No single item appears in every one; see the drug classes below.'
            : n === 2
              ? 'Nothing appears in both.'
              : `Nothing appears in all ${n}.`
        }
      >
        {classes.length > 0 && (
          <div className="cmp-group-kind">
            <h4>Same drug class</h4>
            <ul>
              {classes.map((c) => (
                <li key={c.key}>
                  {c.label}:{' '}
                  {[...c.byTree]
                    .map(([id, names]) => `${names.join(', ')} (${titleOf(id)})`)
                    .join('; ')}
                </li>
              ))}
            </ul>
          </div>
        )}
      </ItemGroup>
      {n > 2 && (
        <ItemGroup
          id="cmp-in-some"
          title="In some but not all"
          items={some}
          empty="Nothing is shared by only some of them."
          missingFrom={(item) =>
            comparison.trees.filter((t) => !item.byTree.has(t.treeId)).map((t) => t.title)
          }
        />
      )}
    </section>
  );
}

interface GroupProps {
  id: string;
  title: string;
  items: ComparedItem[];
  empty: string;
  /** Tree whose tags to show (for "only in" lists). */
  treeId?: string;
  /** Titles of the trees an item is missing from (for the "in some" list). */
  missingFrom?: (item: ComparedItem) => string[];
  children?: ReactNode;
}

function ItemGroup({ id, title, items, empty, treeId, missingFrom, children }: GroupProps) {
  return (
    <section className="cmp-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 && <p className="cmp-none">{empty}</p>}
      {groupByKind(items).map(([kind, list]) => (
        <details key={kind} className="cmp-group-kind" open={kind !== 'doNot'}>
          <summary>
            <h4>
              {KIND_LABELS[kind]} ({list.length})
            </h4>
          </summary>
          <ul>
            {list.map((item) => {
              const own = treeId === undefined ? undefined : item.byTree.get(treeId);
              return (
                <li key={item.key}>
                  {item.label} {own && <ItemTags item={own} />}
                  {missingFrom && (
                    <span className="cmp-where"> (not in {missingFrom(item).join('; ')})</span>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      ))}
      {children}
    </section>
  );
}
