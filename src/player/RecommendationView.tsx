import type { RefObject } from 'react';
import type { RecommendationMeta, Tree } from '../model/types';
import { DoNotList } from './DoNotList';
import { ReviewStatus } from './ReviewStatus';
import { DoseTable } from './DoseTable';
import { EvidenceList } from './EvidenceList';
import { ReferenceList } from './ReferenceList';
import type { PlayerView } from './session';
import { SummaryActions } from './SummaryActions';

interface Props {
  tree: Tree;
  view: PlayerView;
  meta: RecommendationMeta;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function TextList({
  title,
  items,
  className,
}: {
  title: string;
  items?: string[] | undefined;
  className?: string;
}) {
  if (!items || items.length === 0) return null;
  return (
    <section className={className}>
      <h3>{title}</h3>
      <ul>
        {items.map((item, i) => (
          <li key={i} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everything needed to act on and document the recommended next step. */
export function RecommendationView({ tree, view, meta, headingRef }: Props) {
  const { source } = tree.meta;
  return (
    <section className="recommendation" aria-label="Recommended next step">
      <p className="step-kind">Recommended next step</p>
      <h1 ref={headingRef} tabIndex={-1} dir="auto">
        {meta.title}
      </h1>
      <TextList title="What to do" items={meta.actions} className="actions" />
      <DoseTable doses={meta.doses ?? []} />
      <EvidenceList evidence={meta.evidence ?? []} />
      <TextList title="Cautions" items={meta.cautions} className="cautions" />
      <TextList title="Monitoring and reassessment" items={meta.monitoring} />
      <DoNotList items={meta.doNot ?? []} />
      {meta.editorNote && (
        <aside className="editor-note">
          <h3>Editor’s note</h3>
          <p>{meta.editorNote}</p>
        </aside>
      )}
      <section className="why">
        <h3>Why this recommendation</h3>
        {view.trail.length === 0 ? (
          <p>This step was opened directly, with no questions answered.</p>
        ) : (
          <ol>
            {view.trail.map((s) => (
              <li key={s.index}>
                {s.question} <strong>{s.answer}</strong>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ReferenceList ids={meta.references ?? []} references={tree.meta.references} />
      <section className="provenance">
        <h3>Source</h3>
        <p>
          <cite>{source.title}</cite>. {source.publisher}, {source.date} ({source.kind}).
          {meta.section && <> Section: {meta.section}.</>}
        </p>
        <p>
          Pathway version {tree.meta.version}, status {tree.meta.status}.
        </p>
        <ReviewStatus meta={tree.meta} />
        <p className="disclaimer">{tree.meta.disclaimer}</p>
      </section>
      <SummaryActions tree={tree} view={view} />
    </section>
  );
}
