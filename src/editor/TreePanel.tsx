import { onTree } from '../model/document';
import { updateTreeMeta } from '../model/edits';
import type { Reference } from '../model/types';
import { ListField, SelectField, TextField } from './fields';
import { useEditorState, useStore } from './useEditorStore';

type Path = (string | number)[];

/** Tree-level fields: title, summary, source, references, version, status, review date, disclaimer. */
export function TreePanel() {
  const store = useStore();
  const meta = useEditorState((s) => s.history.doc.tree.meta);
  const set = (path: Path, label: string) => (value: unknown) => {
    store.apply(onTree(updateTreeMeta(path, value)), label, `tree:${path.join('.')}`);
  };
  const text = (path: Path, label: string, value: string | undefined, multiline = false) => (
    <TextField
      label={label}
      value={value}
      multiline={multiline}
      onChange={(v) => {
        set(path, `Edit ${label.toLowerCase()}`)(v ?? '');
      }}
    />
  );
  return (
    <div className="tree-panel">
      <h2>Pathway</h2>
      {text(['title'], 'Title', meta.title)}
      {text(['summary'], 'Summary', meta.summary, true)}
      {text(['audience'], 'Audience', meta.audience)}
      <fieldset className="list-field">
        <legend>Source</legend>
        {text(['source', 'title'], 'Source title', meta.source.title)}
        {text(['source', 'publisher'], 'Publisher', meta.source.publisher)}
        {text(['source', 'date'], 'Date', meta.source.date)}
        {text(['source', 'kind'], 'Kind of document', meta.source.kind)}
      </fieldset>
      {text(['version'], 'Version (semver)', meta.version)}
      <SelectField
        label="Status"
        value={meta.status}
        // Approval is a signed-off version of its own (History > Approve), never a menu pick.
        options={[
          ['draft', 'Draft'],
          ['in-review', 'In review'],
          ...(meta.status === 'approved' ? [['approved', 'Approved'] as [string, string]] : []),
          ['retired', 'Retired'],
        ]}
        onChange={(v) => {
          set(['status'], 'Edit status')(v ?? 'draft');
        }}
      />
      {text(['lastReviewed'], 'Last reviewed (YYYY-MM-DD)', meta.lastReviewed)}
      {text(['disclaimer'], 'Disclaimer', meta.disclaimer, true)}
      <ListField
        label="References"
        items={meta.references}
        onChange={(refs) => {
          set(['references'], 'Edit references')(refs ?? []);
        }}
        blank={(): Reference => ({
          id: `ref-${meta.references.length + 1}`,
          citation: 'Author. Title. Journal. Year.',
        })}
        addLabel="Add reference"
        render={(ref, change) => (
          <>
            <TextField
              label="Id"
              value={ref.id}
              onChange={(v) => {
                change({ ...ref, id: v ?? '' });
              }}
            />
            <TextField
              label="Citation"
              multiline
              value={ref.citation}
              onChange={(v) => {
                change({ ...ref, citation: v ?? '' });
              }}
            />
            <TextField
              label="Year"
              optional
              value={ref.year?.toString()}
              onChange={(v) => {
                change({ ...ref, year: v && /^\d+$/.test(v) ? Number(v) : undefined });
              }}
            />
            <TextField
              label="DOI"
              optional
              value={ref.doi}
              onChange={(v) => {
                change({ ...ref, doi: v });
              }}
            />
            <TextField
              label="URL"
              optional
              value={ref.url}
              onChange={(v) => {
                change({ ...ref, url: v });
              }}
            />
            <TextField
              label="Note"
              optional
              value={ref.note}
              onChange={(v) => {
                change({ ...ref, note: v });
              }}
            />
          </>
        )}
      />
      <ListField
        label="Editor’s notes"
        items={meta.editorNotes ?? []}
        onChange={set(['editorNotes'], 'Edit editor’s notes')}
        blank={() => ''}
        addLabel="Add editor’s note"
        render={(note, change, i) => (
          <TextField
            label={`Note ${i + 1}`}
            multiline
            value={note}
            onChange={(v) => {
              change(v ?? '');
            }}
          />
        )}
      />
    </div>
  );
}
