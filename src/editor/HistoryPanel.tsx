import './review.css';
import { useCallback, useEffect, useState } from 'react';
import { getTree } from '../io/treesApi';
import {
  approveTree,
  getVersion,
  listVersions,
  saveVersion,
  type VersionInfo,
} from '../io/versionsApi';
import type { TreeDiff } from '../model/diff';
import type { TreeDocument } from '../model/document';
import { todayUtc } from '../model/review';
import { runScenario } from '../model/scenarios';
import { validateTreeText } from '../model/validateText';
import { DiffView } from './DiffView';
import { useReviewStore } from './reviewStore';
import { useEditorState, useStore } from './useEditorStore';
import { restoreVersion, showDiff, versionDocument } from './versionActions';
import { ApproveDialog, SaveVersionDialog } from './VersionDialogs';

const DRAFT = 'draft';
const SAVED = 'saved';

/** True once the versions API answered for this tree (it needs the dev server and git). */
export function useVersionsAvailable(treeId: string): boolean {
  const [available, setAvailable] = useState(false);
  useEffect(() => {
    let live = true;
    void listVersions(treeId).then((r) => {
      if (live) setAvailable(r.ok || r.kind === 'error');
    });
    return () => {
      live = false;
    };
  }, [treeId]);
  return available;
}

const short = (sha: string): string => sha.slice(0, 7);

/** Versions on git: save one, open one read-only, restore it, compare any two, approve. */
export function HistoryPanel({ saveNow }: { saveNow: () => Promise<boolean> }) {
  const store = useStore();
  const review = useReviewStore();
  const doc = useEditorState((s) => s.history.doc);
  const etag = useEditorState((s) => s.save.etag);
  const treeId = doc.tree.id;
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [dialog, setDialog] = useState<'save' | 'approve' | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(DRAFT);
  const [diff, setDiff] = useState<TreeDiff | null>(null);

  const refresh = useCallback(() => {
    void listVersions(treeId).then((r) => {
      if (r.ok) {
        setVersions(r.value);
        setFrom((f) => (f === '' ? (r.value[0]?.sha ?? SAVED) : f));
      } else setNote(r.message);
    });
  }, [treeId]);
  useEffect(refresh, [refresh]);

  const load = async (which: string): Promise<TreeDocument> => {
    if (which === DRAFT) return store.doc;
    if (which === SAVED) {
      const file = await getTree(treeId);
      if (!file) throw new Error('the tree is not saved yet');
      const result = validateTreeText(treeId, file.text, file.scenariosText);
      if (!result.tree) throw new Error('the saved file cannot be read');
      return { tree: result.tree, scenarios: result.scenarios?.scenarios ?? [] };
    }
    const r = await getVersion(treeId, which);
    if (!r.ok) throw new Error(r.message);
    const { doc: found, problem } = versionDocument(treeId, r.value);
    if (!found) throw new Error(`version ${short(which)} cannot be read: ${problem ?? ''}`);
    return found;
  };
  const fail = (error: unknown) => {
    setNote(error instanceof Error ? error.message : String(error));
  };
  const open = (sha: string) => {
    load(sha)
      .then((found) => {
        review.set({ viewing: { sha, label: short(sha), doc: found } });
      })
      .catch(fail);
  };
  const restore = (sha: string) => {
    load(sha)
      .then((found) => {
        restoreVersion(store, review, { label: short(sha), doc: found });
      })
      .catch(fail);
  };
  const compare = () => {
    Promise.all([load(from), load(to)])
      .then(([a, b]) => {
        setDiff(showDiff(review, a, b));
      })
      .catch(fail);
  };
  const commit = (message: string, author: string) => {
    setBusy(true);
    // A version records the file on disk, so unsaved edits are saved first (and a refused save,
    // such as a conflict, stops the version rather than leaving the edits out of it).
    const saved = store.dirty() ? saveNow() : Promise.resolve(true);
    void saved
      .then(async (ok) => {
        if (!ok) throw new Error('the draft could not be saved first; see the message above');
        const r = await saveVersion(treeId, message, author);
        if (!r.ok) throw new Error(r.message);
        setNote(`Saved version ${short(r.value.commit)}.`);
        setDialog(null);
        refresh();
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  };
  const approve = (approval: { reviewers: string[]; reviewDue: string; author: string }) => {
    if (etag === undefined) return;
    setBusy(true);
    void approveTree(treeId, etag, approval)
      .then(async (r) => {
        if (!r.ok) throw new Error(r.message);
        // Take the approved meta exactly as the server wrote it, then count it as saved.
        const file = await getTree(treeId);
        const approved = file && validateTreeText(treeId, file.text, file.scenariosText).tree;
        if (approved) {
          store.apply((draft) => {
            draft.tree.meta = approved.meta;
          }, 'Approve');
          store.markSaved(r.value.etag);
        }
        setNote(`Approved in version ${short(r.value.commit)}.`);
        setDialog(null);
        refresh();
      })
      .catch(fail)
      .finally(() => {
        setBusy(false);
      });
  };

  const dirty = store.dirty();
  const problems = store.problems().length;
  const failing = doc.scenarios.filter((s) => !runScenario(doc.tree, s).passed).length;
  const approveBlock =
    etag === undefined || dirty
      ? 'Save the draft first: approval signs off the saved file.'
      : problems > 0 || failing > 0 || doc.scenarios.length === 0
        ? 'Approving needs zero problems and every scenario passing.'
        : '';
  const options = [
    [DRAFT, 'Draft (in the editor)'],
    [SAVED, 'Saved file'],
    ...versions.map((v) => [v.sha, `${short(v.sha)} ${v.message.split('\n')[0] ?? ''}`]),
  ];
  return (
    <div className="history-panel">
      <h2>History</h2>
      <div className="tool-group">
        <button
          type="button"
          className="small-button primary"
          onClick={() => {
            setDialog('save');
          }}
        >
          Save version…
        </button>
        <button
          type="button"
          className="small-button"
          disabled={approveBlock !== ''}
          title={approveBlock || undefined}
          onClick={() => {
            setDialog('approve');
          }}
        >
          Approve…
        </button>
      </div>
      {approveBlock && <p className="hint">{approveBlock}</p>}
      {note && (
        <p className="editor-message" role="status">
          {note}
        </p>
      )}
      {dialog === 'save' && (
        <SaveVersionDialog
          busy={busy}
          dirty={dirty}
          onSave={commit}
          onCancel={() => {
            setDialog(null);
          }}
        />
      )}
      {dialog === 'approve' && (
        <ApproveDialog
          busy={busy}
          today={todayUtc()}
          onApprove={approve}
          onCancel={() => {
            setDialog(null);
          }}
        />
      )}
      <h3>Compare</h3>
      <div className="compare-versions">
        {(
          [
            ['Compare from', from, setFrom],
            ['Compare to', to, setTo],
          ] as const
        ).map(([label, value, set]) => (
          <div className="field" key={label}>
            <label htmlFor={`diff-${label.slice(8)}`}>{label}</label>
            <select
              id={`diff-${label.slice(8)}`}
              value={value}
              onChange={(e) => {
                set(e.target.value);
              }}
            >
              {options.map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" className="small-button" onClick={compare}>
          Show differences
        </button>
        {diff && (
          <button
            type="button"
            className="small-button"
            onClick={() => {
              setDiff(null);
              review.set({ changed: new Set() });
            }}
          >
            Clear
          </button>
        )}
      </div>
      {diff && <DiffView diff={diff} />}
      <h3>Versions</h3>
      {versions.length === 0 && <p className="hint">No versions of this tree yet.</p>}
      <ol className="version-list">
        {versions.map((v) => (
          <li key={v.sha}>
            <p className="version-message">{v.message.split('\n')[0]}</p>
            <p className="version-meta">
              <code>{short(v.sha)}</code> · {v.author} · {v.date.replace('T', ' ').slice(0, 16)}
            </p>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                open(v.sha);
              }}
            >
              Open
            </button>{' '}
            <button
              type="button"
              className="small-button"
              onClick={() => {
                restore(v.sha);
              }}
            >
              Restore
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
