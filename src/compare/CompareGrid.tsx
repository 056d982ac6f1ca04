import { routeHref } from '../routes/route';
import { ITEM_KINDS, KIND_LABELS, type Comparison, type TreeItems } from '../model/compare';
import type { Tree } from '../model/types';
import { CompareItem } from './CompareItem';

interface Props {
  comparison: Comparison;
  trees: Tree[];
}

/** Kinds open when the page opens; the long lists (evaluations, "do not") open on a click. */
const OPEN_KINDS: ReadonlySet<string> = new Set(['medication', 'therapy', 'referral']);

/**
 * One column per pathway, one collapsible row per kind of item (its heading counts the items of
 * each pathway). Below 48rem the columns stack: each row
 * lists the pathways one under another, each cell naming its pathway.
 */
export function CompareGrid({ comparison, trees }: Props) {
  const cols = `cmp-cols-${comparison.trees.length}`;
  const uniqueKeys = new Set(
    [...comparison.onlyIn.values()].flatMap((list) => list.map((i) => i.key)),
  );
  return (
    <section className="cmp-grid" aria-labelledby="cmp-grid-title">
      <h2 id="cmp-grid-title">Side by side</h2>
      <div className={`cmp-row cmp-head ${cols}`}>
        {trees.map((tree) => (
          <div className="cmp-col-head" key={tree.id}>
            <h3>{tree.meta.title}</h3>
            <p className="cmp-source">
              {tree.meta.source.publisher}, {tree.meta.source.date}
            </p>
            <a href={routeHref({ page: 'play', treeId: tree.id, answers: [] })}>
              Play this pathway
            </a>
          </div>
        ))}
      </div>
      {ITEM_KINDS.map((kind) => (
        <section className="cmp-kind" key={kind} aria-labelledby={`cmp-kind-${kind}`}>
          <details open={OPEN_KINDS.has(kind)}>
            <summary>
              <h3 className="cmp-label" id={`cmp-kind-${kind}`}>
                {KIND_LABELS[kind]}
              </h3>{' '}
              <span className="cmp-counts">
                {comparison.trees
                  .map((t) => t.items.filter((i) => i.kind === kind).length)
                  .join(' · ')}{' '}
                items
              </span>
            </summary>
            <div className={`cmp-row ${cols}`}>
              {comparison.trees.map((t) => {
                const items = t.items.filter((i) => i.kind === kind);
                return (
                  <div className="cmp-cell" key={t.treeId}>
                    <p className="cmp-cell-tree">{t.title}</p>
                    {items.length === 0 ? (
                      <p className="cmp-none">None found.</p>
                    ) : (
                      <ul className="cmp-items">
                        {items.map((item) => (
                          <CompareItem
                            key={item.key}
                            treeId={t.treeId}
                            item={item}
                            unique={uniqueKeys.has(item.key)}
                          />
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
          </details>
        </section>
      ))}
      <OtherSteps comparison={comparison} cols={cols} />
      <details className="cmp-method">
        <summary>How the items are found</summary>
        <p>
          Drugs in a step&rsquo;s dose table are read from the tree itself. Everything else is
          matched by name in the step&rsquo;s actions and &ldquo;do not&rdquo; items, against a
          fixed list of the drugs, therapies, referrals and evaluations the bundled pathways name
          (brand names count as their generic drug). Sentences that only point on to a later step,
          or name treatments that already failed, are not counted. Evidence badges are the grades
          the step gives for that item, or for the step as a whole; &ldquo;Not graded&rdquo; means
          the source gives none.
        </p>
      </details>
    </section>
  );
}

/** Steps in which the vocabulary finds nothing to compare, so that none goes unseen. */
function OtherSteps({ comparison, cols }: { comparison: Comparison; cols: string }) {
  const others = (t: TreeItems) =>
    t.recommendations.filter((r) => r.kinds.every((k) => k === 'doNot'));
  if (comparison.trees.every((t) => others(t).length === 0)) return null;
  return (
    <section className="cmp-kind" aria-labelledby="cmp-kind-other">
      <details>
        <summary>
          <h3 className="cmp-label" id="cmp-kind-other">
            Other steps
          </h3>
        </summary>
        <div className={`cmp-row ${cols}`}>
          {comparison.trees.map((t) => (
            <div className="cmp-cell" key={t.treeId}>
              <p className="cmp-cell-tree">{t.title}</p>
              {others(t).length === 0 ? (
                <p className="cmp-none">None.</p>
              ) : (
                <ul className="cmp-items">
                  {others(t).map((r) => (
                    <li className="cmp-item" key={r.state}>
                      <a href={routeHref({ page: 'play', treeId: t.treeId, answers: r.answers })}>
                        {r.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
