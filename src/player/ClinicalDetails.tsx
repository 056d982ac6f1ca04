import type { ClinicalMeta, Reference } from '../model/types';
import { DoNotList } from './DoNotList';
import { DoseTable } from './DoseTable';
import { EvidenceList } from './EvidenceList';
import { ReferenceList } from './ReferenceList';
import { TextList } from './TextList';

/** What a plan step or recommendation says, field by field: the same on its step and in print. */
export function ClinicalDetails({
  meta,
  references,
}: {
  meta: ClinicalMeta;
  /** The tree's references; without them the citations are left out. */
  references?: Reference[] | undefined;
}) {
  return (
    <>
      <TextList title="What to do" items={meta.actions} className="actions" />
      <DoseTable doses={meta.doses ?? []} />
      <EvidenceList evidence={meta.evidence ?? []} />
      <TextList title="Cautions" items={meta.cautions} className="cautions" />
      <TextList title="Monitoring and reassessment" items={meta.monitoring} />
      <DoNotList items={meta.doNot ?? []} />
      <EditorNote text={meta.editorNote} />
      {references && <ReferenceList ids={meta.references ?? []} references={references} />}
      {meta.section && <p className="section-ref">Source section: {meta.section}</p>}
    </>
  );
}

/** An editor's note, set apart from the source's content. */
export function EditorNote({ text }: { text?: string | undefined }) {
  if (text === undefined) return null;
  return (
    <aside className="editor-note">
      <h3>Editor’s note</h3>
      <p dir="auto">{text}</p>
    </aside>
  );
}
