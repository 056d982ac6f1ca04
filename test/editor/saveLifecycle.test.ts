/**
 * The save lifecycle without React (the same machine the editor drives through @xstate/react),
 * and the drafts it keeps: issue 11 items 1, 3, 4, 5, 7 and 8.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, waitFor } from 'xstate';
import {
  clearDraft,
  draftSlot,
  findDrafts,
  loadDraft,
  removeDamagedDraft,
  saveDraft,
  saveDraftKeepingOthers,
} from '../../src/io/drafts';
import { type KeyValueStorage } from '../../src/io/tabSession';
import { UNREACHABLE } from '../../src/io/treesApi';
import { onTree, type TreeDocument } from '../../src/model/document';
import { updateStateMeta } from '../../src/model/edits';
import { documentText, EditorStore } from '../../src/editor/editorStore';
import { saveMachine, type SaveAnswer } from '../../src/editor/saveMachine';
import { saveTarget } from '../../src/editor/saving';
import { exampleTree } from '../helpers';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v);
    },
    removeItem: (k) => {
      data.delete(k);
    },
  };
}

const ID = 'example-pathway';
const doc: TreeDocument = { tree: exampleTree(), scenarios: [] };
const edit = (title: string) => onTree(updateStateMeta('red_flags', ['title'], title));

/** What the editor's save sent: the PUT's URL, If-Match and body. */
interface SentRequest {
  url: string;
  ifMatch: string | undefined;
  body: { tree: TreeDocument['tree']; scenarios?: unknown };
}

/** The HTTP answer the save API gives for each kind of save result (treesApi.ts reads it back). */
function responseFor(answer: SaveAnswer): Response {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  if (answer.ok) return json(200, { id: ID, etag: answer.etag });
  if (answer.kind === 'conflict')
    return json(409, { error: 'changed on disk', currentEtag: answer.currentEtag });
  if (answer.kind === 'invalid') return json(400, { error: 'invalid', problems: answer.problems });
  throw new Error(`no HTTP answer for ${answer.kind}`);
}

/**
 * The editor's real `saveTarget()` on a real EditorStore, with the browser's edges stubbed: a
 * `fetch` the test answers by hand, and this tab's localStorage/sessionStorage in memory.
 */
function harness(storage = memoryStorage()) {
  const session = memoryStorage();
  session.setItem('stepwise:tab', 'tab-a');
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('sessionStorage', session);
  const store = new EditorStore(doc, { etag: '"v1"', savedText: documentText(doc) });
  let answer: ((a: SaveAnswer) => void) | undefined;
  const sent: SentRequest[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    sent.push({
      url,
      ifMatch: headers['If-Match'],
      body: JSON.parse(init.body as string) as SentRequest['body'],
    });
    return new Promise<Response>((resolve, reject) => {
      answer = (a) => {
        if (!a.ok && a.kind === 'unreachable') reject(new TypeError('Failed to fetch'));
        else resolve(responseFor(a));
      };
    });
  });
  const actor = createActor(saveMachine, { input: { target: saveTarget(store) } }).start();
  return {
    store,
    actor,
    sent,
    storage,
    reply: (a: SaveAnswer) => {
      answer?.(a);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the save machine', () => {
  it('marks only what was sent as saved: an edit typed during the save stays dirty (item 1)', async () => {
    const { store, actor, sent, reply, storage } = harness();
    store.apply(edit('Sent version'), 'Edit');
    actor.send({ type: 'SAVE' });
    expect(actor.getSnapshot().value).toBe('saving');
    store.apply(edit('Typed while saving'), 'Edit');
    reply({ ok: true, etag: '"v2"' });
    await waitFor(actor, (s) => s.matches('saved'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ url: `./api/trees/${ID}`, ifMatch: '"v1"' });
    expect(sent[0]?.body.tree.states.red_flags?.meta).toMatchObject({ title: 'Sent version' });
    expect(store.getState().save.etag).toBe('"v2"');
    const savedDoc = { ...store.doc, tree: sent[0]?.body.tree } as TreeDocument;
    expect(store.getState().save.savedText).toBe(documentText(savedDoc));
    expect(store.dirty()).toBe(true);
    expect(store.doc.tree.states.red_flags?.meta).toMatchObject({ title: 'Typed while saving' });
    // The unsaved edit stays in this tab's draft, now based on the version just written.
    const draft = loadDraft(ID, storage, 'tab-a');
    expect(draft?.baseEtag).toBe('"v2"');
    expect(draft?.doc.tree.states.red_flags?.meta).toMatchObject({ title: 'Typed while saving' });
  });

  it('is clean after a save when nothing was typed meanwhile, and drops the draft', async () => {
    const { store, actor, reply, storage } = harness();
    store.apply(edit('Sent version'), 'Edit');
    saveDraft(ID, { doc: store.doc, baseEtag: '"v1"', savedAt: 'now' }, storage, 'tab-a');
    actor.send({ type: 'SAVE' });
    reply({ ok: true, etag: '"v2"' });
    await waitFor(actor, (s) => s.matches('saved'));
    expect(store.dirty()).toBe(false);
    expect(loadDraft(ID, storage, 'tab-a')).toBeUndefined();
  });

  it('goes to conflict, keeps a draft and says so; OVERWRITE sends with the current etag', async () => {
    const h = harness();
    h.store.apply(edit('Mine'), 'Edit');
    h.actor.send({ type: 'SAVE' });
    h.reply({ ok: false, kind: 'conflict', currentEtag: '"theirs"' });
    await waitFor(h.actor, (s) => s.matches('conflict'));
    expect(h.actor.getSnapshot().context).toMatchObject({
      notice: { kind: 'conflict', currentEtag: '"theirs"' },
      draftKept: true,
    });
    expect(loadDraft(ID, h.storage, 'tab-a')?.doc).toEqual(h.store.doc);
    h.actor.send({ type: 'OVERWRITE', etag: '"theirs"' });
    expect(h.actor.getSnapshot().value).toBe('saving');
    expect(h.sent.map((r) => r.ifMatch)).toEqual(['"v1"', '"theirs"']);
    h.reply({ ok: true, etag: '"v3"' });
    await waitFor(h.actor, (s) => s.matches('saved'));
    expect(h.store.getState().save.etag).toBe('"v3"');
  });

  it('does not claim a draft was kept when the browser refused it (item 5, item 7)', async () => {
    const refusing = memoryStorage();
    refusing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const h = harness(refusing);
    h.actor.send({ type: 'SAVE' });
    h.reply({ ok: false, kind: 'conflict', currentEtag: '"x"' });
    await waitFor(h.actor, (s) => s.matches('conflict'));
    expect(h.actor.getSnapshot().context.draftKept).toBe(false);
  });

  it('says offline when the server cannot be reached, and a retry saves', async () => {
    const h = harness();
    h.actor.send({ type: 'SAVE' });
    h.reply({ ok: false, kind: 'unreachable', message: 'could not reach the save server' });
    await waitFor(h.actor, (s) => s.matches('offline'));
    expect(h.actor.getSnapshot().context.notice).toEqual({
      kind: 'offline',
      message: UNREACHABLE,
    });
    h.actor.send({ type: 'SAVE' });
    h.reply({ ok: true, etag: '"v2"' });
    await waitFor(h.actor, (s) => s.matches('saved'));
  });

  it('ignores a second SAVE while one is in flight, and fails plainly when the send throws', async () => {
    const h = harness();
    h.actor.send({ type: 'SAVE' });
    h.actor.send({ type: 'SAVE' });
    expect(h.sent).toHaveLength(1);
    h.reply({ ok: false, kind: 'invalid', problems: [{ path: 'initial', message: 'bad' }] });
    await waitFor(h.actor, (s) => s.matches('failed'));
    h.actor.send({ type: 'DISMISS' });
    expect(h.actor.getSnapshot().context.notice).toEqual({ kind: 'none' });
  });
});

describe('drafts per tab', () => {
  const draft = (title: string, baseEtag?: string) => {
    const store = new EditorStore(doc, { savedText: '' });
    store.apply(edit(title), 'Edit');
    return { doc: store.doc, baseEtag, savedAt: '2026-01-01T00:00:00Z' };
  };

  it("keeps each tab's draft; one tab's discard leaves the other's (item 5)", () => {
    const storage = memoryStorage();
    saveDraft(ID, draft('Tab A'), storage, 'tab-a');
    saveDraft(ID, draft('Tab B'), storage, 'tab-b');
    clearDraft(ID, storage, 'tab-a');
    const left = findDrafts(ID, storage, 'tab-a').drafts;
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ slot: draftSlot(ID, 'tab-b'), mine: false });
  });

  it('sets a damaged draft aside and reports it, instead of blocking the tree (item 4)', () => {
    const storage = memoryStorage();
    storage.setItem(`stepwise:draft:${ID}:t1`, '{"doc": null}');
    storage.setItem(`stepwise:draft:${ID}:t2`, '{}');
    storage.setItem(`stepwise:draft:${ID}:t3`, JSON.stringify({ doc: { tree: { id: 1 } } }));
    storage.setItem(`stepwise:draft:${ID}:t4`, 'not json');
    const found = findDrafts(ID, storage, 'tab-a');
    expect(found.drafts).toEqual([]);
    expect(found.damaged.map((d) => d.problem)).toEqual([
      'doc: expected an object',
      'doc: expected an object',
      expect.stringMatching(/^doc\.tree/) as unknown,
      'it is not JSON',
    ]);
    // Kept aside with what is wrong, not deleted; reported again until the author removes it.
    for (const d of found.damaged) {
      expect(JSON.parse(storage.getItem(d.asideKey) ?? '')).toEqual({
        problem: d.problem,
        text: d.text,
      });
    }
    expect(storage.getItem(`stepwise:draft:${ID}:t1`)).toBeNull();
    const again = findDrafts(ID, storage, 'tab-a').damaged;
    expect(again.map((d) => d.text).sort()).toEqual(found.damaged.map((d) => d.text).sort());
    for (const d of again) removeDamagedDraft(d.asideKey, storage);
    expect(findDrafts(ID, storage, 'tab-a').damaged).toEqual([]);
  });

  it('keeps the base etag a draft started from (item 3)', () => {
    const storage = memoryStorage();
    saveDraft(ID, draft('Edited', '"old"'), storage, 'tab-a');
    expect(loadDraft(ID, storage, 'tab-a')?.baseEtag).toBe('"old"');
  });

  it('never writes over an existing draft when a new one is opened in its slot (item 2)', () => {
    const storage = memoryStorage();
    saveDraft(ID, draft('Earlier work'), storage, 'tab-a');
    expect(saveDraftKeepingOthers(ID, draft('Imported'), storage, 'tab-a')).toBe(true);
    const titles = findDrafts(ID, storage, 'tab-a').drafts.map(
      (d) => (d.doc.tree.states.red_flags?.meta as { title?: string }).title,
    );
    expect(titles.sort()).toEqual(['Earlier work', 'Imported']);
  });

  it('reports a refused write (item 7)', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(saveDraft(ID, draft('x'), storage, 'tab-a')).toBe(false);
    expect(saveDraftKeepingOthers(ID, draft('x'), storage, 'tab-a')).toBe(false);
  });
});
