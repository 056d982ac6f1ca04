/**
 * The save of the save API (`PUT /api/trees/:id`, contract in `treesApi.ts`): the body and its
 * envelope, then (in the write path, `writePath.ts`, under the tree's lock) the etag
 * preconditions, validation and the canonical write of the tree and its scenarios as one unit.
 * The versions API reuses the preconditions for approving.
 */
import { basename } from 'node:path';
import { approvalRefusal } from '../model/approval';
import { parseJsonText, parseTree } from '../model/parse';
import { saveRefusal } from '../model/readiness';
import { serialiseScenarios, serialiseTree } from '../model/serialise';
import { API_PREFIX, type SaveOkBody } from '../model/treesApiContract';
import type { Problem, Tree } from '../model/types';
import { validate } from '../model/validate';
import {
  checkContentType,
  checkOrigin,
  header,
  HttpError,
  json,
  type TreesRequest,
  type TreesResponse,
} from './http';
import { etagOf, inside } from './treeFilesOnDisk';
import type { TreesApiOptions } from './treesApi';
import { isRecord } from '../model/own';
import { changeTree, type PlannedChange, type TreeFilesNow } from './writePath';

/** The save's share of the API options, with the body cap's default already applied. */
export type SaveOptions = Pick<TreesApiOptions, 'onWrite' | 'beforeWrite' | 'lock'> & {
  maxBytes: number;
};

export function putTree(
  dir: string,
  id: string,
  req: TreesRequest,
  options: SaveOptions,
): Promise<TreesResponse> {
  checkOrigin(req);
  const { maxBytes } = options;
  const body = req.body ?? '';
  if (Buffer.byteLength(body, 'utf8') > maxBytes) {
    throw new HttpError(413, `the body is larger than ${maxBytes} bytes`);
  }
  checkContentType(header(req, 'content-type'));
  const envelope = readEnvelope(body);
  const treeName = basename(inside(dir, `${id}.json`));
  const scenariosName = basename(inside(dir, `${id}.scenarios.json`));
  return changeTree(
    dir,
    id,
    (now) => {
      checkPreconditions(req, now.tree, now.scenarios);
      return planSave(id, envelope, now, { treeName, scenariosName });
    },
    options,
  );
}

/** Validates a save whose preconditions held, and plans its files; runs under the lock. */
function planSave(
  id: string,
  envelope: { tree: unknown; scenarios?: unknown },
  now: TreeFilesNow,
  names: { treeName: string; scenariosName: string },
): PlannedChange<TreesResponse> {
  const current = now.tree;
  const currentScenarios = now.scenarios;
  let scenarios: unknown = envelope.scenarios;
  if (!('scenarios' in envelope)) {
    const onDisk = currentScenarios;
    if (onDisk !== undefined) {
      const parsed = parseJsonText(onDisk.toString('utf8'), 'scenarios');
      if (!parsed.ok) throw invalid(parsed.problems);
      scenarios = parsed.value;
    }
  }
  const result = validate(
    envelope.tree,
    scenarios === undefined ? { fileId: id } : { fileId: id, scenarios },
  );
  // Unreadable: always refused. Unplayable: saved only as a draft (model/readiness.ts).
  const refusal = saveRefusal(result);
  if (refusal !== undefined || !result.tree) throw invalid(result.problems, refusal);
  const approval = approvalRefusal(savedTree(current), result.tree);
  if (approval !== undefined) throw invalid([], approval);

  const files: { name: string; text: string }[] = [];
  let scenariosText = currentScenarios?.toString('utf8');
  if ('scenarios' in envelope && result.scenarios) {
    scenariosText = serialiseScenarios(result.scenarios);
    files.push({ name: names.scenariosName, text: scenariosText });
  }
  const text = serialiseTree(result.tree);
  files.push({ name: names.treeName, text });
  const etag = etagOf(text, scenariosText);
  const created = current === undefined;
  const ok: SaveOkBody = { id, etag };
  return {
    files,
    done: () =>
      json(
        created ? 201 : 200,
        ok,
        created ? { ETag: etag, Location: `${API_PREFIX}/${id}` } : { ETag: etag },
      ),
  };
}

/** The tree on disk, when it can be read as one (a broken file approves nothing). */
function savedTree(current: Buffer | undefined): Tree | undefined {
  if (current === undefined) return undefined;
  const json = parseJsonText(current.toString('utf8'), 'tree');
  if (!json.ok) return undefined;
  const tree = parseTree(json.value);
  return tree.ok ? tree.value : undefined;
}

function readEnvelope(body: string): { tree: unknown; scenarios?: unknown } {
  const parsed = parseJsonText(body, 'tree');
  if (!parsed.ok) {
    // Too large, too deep, a syntax error, or a key twice in one object: say where.
    const first = parsed.problems[0];
    const where = first && first.path !== '' ? `${first.path}: ` : '';
    const message = `${where}${first?.message ?? 'invalid JSON'}`;
    throw new HttpError(400, `the body is not valid JSON: ${message}`, {
      problems: parsed.problems,
    });
  }
  const value = parsed.value;
  if (!isRecord(value) || !('tree' in value)) {
    throw new HttpError(400, 'the body must be a JSON object { "tree": …, "scenarios"?: … }');
  }
  const unknown = Object.keys(value).filter((key) => key !== 'tree' && key !== 'scenarios');
  if (unknown.length > 0) {
    throw new HttpError(
      400,
      `unknown key${unknown.length > 1 ? 's' : ''} in the body: ${unknown.join(', ')}`,
    );
  }
  return 'scenarios' in value
    ? { tree: value.tree, scenarios: value.scenarios }
    : { tree: value.tree };
}

function invalid(problems: Problem[], why?: string): HttpError {
  const count = problems.length;
  const message = why ?? `${count} problem${count === 1 ? '' : 's'} to fix first`;
  return new HttpError(400, `not saved: ${message}`, { problems });
}

/** Entity tags in an `If-Match` / `If-None-Match` list; `*` stays `*`. Weak tags never match. */
function entityTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '' && !tag.startsWith('W/'));
}

export function checkPreconditions(
  req: TreesRequest,
  current: Buffer | undefined,
  currentScenarios: Buffer | undefined,
): void {
  const ifMatch = header(req, 'if-match');
  const ifNoneMatch = header(req, 'if-none-match');
  if (ifMatch !== undefined) {
    if (current === undefined) {
      throw new HttpError(409, 'the file was deleted since it was loaded', { currentEtag: null });
    }
    const etag = etagOf(current, currentScenarios);
    const tags = entityTags(ifMatch);
    if (!tags.includes('*') && !tags.includes(etag)) {
      throw new HttpError(409, 'the file or its scenarios changed on disk since it was loaded', {
        currentEtag: etag,
      });
    }
    return;
  }
  if (ifNoneMatch !== undefined) {
    if (!entityTags(ifNoneMatch).includes('*')) {
      throw new HttpError(400, 'If-None-Match must be * (create a new file)');
    }
    if (current !== undefined) throw new HttpError(412, 'a tree with this id already exists');
    return;
  }
  throw new HttpError(
    428,
    current === undefined
      ? 'send If-None-Match: * to create a new tree'
      : 'send If-Match with the etag the tree was loaded with',
  );
}
