import {
  KIND_LABELS,
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
        empty={n === 2 ? 'Nothing appears in both.' : `Nothing appears in all ${n}.`}
      />
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
}

function ItemGroup({ id, title, items, empty, treeId, missingFrom }: GroupProps) {
  return (
    <section className="cmp-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {items.length === 0 && <p className="cmp-none">{empty}</p>}
      {groupByKind(items).map(([kind, list]) => (
        <div key={kind} className="cmp-group-kind">
          <h4>{KIND_LABELS[kind]}</h4>
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
        </div>
      ))}
    </section>
  );
}
