/**
 * The inspector's entry for each node kind: the section of fields that edits a step of that kind.
 * A `Record` over every kind, so TypeScript asks for a section when a kind is added. Plan steps
 * and recommendations carry the same clinical fields and share one section.
 */
import type { ComponentType } from 'react';
import { onTree } from '../model/document';
import { setTag, updateStateMeta } from '../model/edits';
import { KINDS } from '../model/kinds';
import { DO_NOT_TAG } from '../model/toFlow';
import type {
  ClinicalMeta,
  InfoMeta,
  NodeKind,
  QuestionMeta,
  StateNode,
  Tree,
} from '../model/types';
import type { EditorStore } from './editorStore';
import { ListField, TextField } from './fields';
import { DoNotField, DosesField, EvidenceField, ReferencePicker } from './richFields';
import { useStore } from './useEditorStore';

type Path = (string | number)[];

interface SectionProps {
  tree: Tree;
  stateKey: string;
  node: StateNode;
}

function useMetaSetter(store: EditorStore, key: string) {
  return (path: Path, label: string) => (value: unknown) => {
    store.apply(onTree(updateStateMeta(key, path, value)), label, `${key}:${path.join('.')}`);
  };
}

function SectionField({ stateKey, section }: { stateKey: string; section: string | undefined }) {
  const set = useMetaSetter(useStore(), stateKey);
  return (
    <TextField
      label="Source section"
      optional
      value={section}
      onChange={set(['section'], 'Edit section')}
    />
  );
}

function QuestionSection({ stateKey, node }: SectionProps) {
  const set = useMetaSetter(useStore(), stateKey);
  const meta = node.meta as QuestionMeta;
  return (
    <>
      <TextField
        label="Question (prompt)"
        multiline
        value={meta.prompt}
        onChange={set(['prompt'], 'Edit prompt')}
      />
      <TextField
        label="Help: why it matters, what counts as adequate"
        multiline
        value={meta.help}
        onChange={set(['help'], 'Edit help')}
      />
      <SectionField stateKey={stateKey} section={meta.section} />
    </>
  );
}

function InfoSection({ stateKey, node }: SectionProps) {
  const set = useMetaSetter(useStore(), stateKey);
  const meta = node.meta as InfoMeta;
  return (
    <>
      <TextField label="Title" value={meta.title} onChange={set(['title'], 'Edit title')} />
      <TextField label="Text" multiline value={meta.body} onChange={set(['body'], 'Edit text')} />
      <SectionField stateKey={stateKey} section={meta.section} />
    </>
  );
}

/** Every clinical field: a recommendation's, and a plan step's (which goes on afterwards). */
function ClinicalSection({ tree, stateKey, node }: SectionProps) {
  const store = useStore();
  const set = useMetaSetter(store, stateKey);
  const meta = node.meta as ClinicalMeta;
  const strings = (path: Path, label: string, items: string[] | undefined, add: string) => (
    <ListField
      label={label}
      items={items ?? []}
      onChange={set(path, `Edit ${label.toLowerCase()}`)}
      blank={() => ''}
      addLabel={add}
      render={(item, change, i) => (
        <TextField
          label={`${label} ${i + 1}`}
          multiline
          value={item}
          onChange={(v) => {
            change(v ?? '');
          }}
        />
      )}
    />
  );
  return (
    <>
      <TextField label="Title" value={meta.title} onChange={set(['title'], 'Edit title')} />
      {KINDS[meta.kind].final && (
        <label className="check">
          <input
            type="checkbox"
            checked={node.tags?.includes(DO_NOT_TAG) ?? false}
            onChange={(e) =>
              store.apply(onTree(setTag(stateKey, DO_NOT_TAG, e.target.checked)), 'Mark as do-not')
            }
          />
          <span>
            This recommendation is mainly about what not to do (it stands out on the canvas)
          </span>
        </label>
      )}
      {strings(['actions'], 'Actions', meta.actions, 'Add action')}
      <DosesField doses={meta.doses ?? []} onChange={set(['doses'], 'Edit doses')} />
      <EvidenceField evidence={meta.evidence ?? []} onChange={set(['evidence'], 'Edit evidence')} />
      {strings(['cautions'], 'Cautions', meta.cautions, 'Add caution')}
      {strings(['monitoring'], 'Monitoring', meta.monitoring, 'Add monitoring item')}
      <DoNotField items={meta.doNot ?? []} onChange={set(['doNot'], 'Edit do-not items')} />
      <ReferencePicker
        chosen={meta.references ?? []}
        references={tree.meta.references}
        onChange={set(['references'], 'Edit references')}
      />
      <SectionField stateKey={stateKey} section={meta.section} />
      <TextField
        label="Editor’s note"
        optional
        multiline
        value={meta.editorNote}
        onChange={set(['editorNote'], 'Edit editor’s note')}
      />
    </>
  );
}

/** The fields section of each kind, looked up by `meta.kind`. */
export const INSPECTOR_SECTIONS: Record<NodeKind, ComponentType<SectionProps>> = {
  question: QuestionSection,
  info: InfoSection,
  plan: ClinicalSection,
  recommendation: ClinicalSection,
};
