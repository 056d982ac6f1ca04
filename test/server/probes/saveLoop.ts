/**
 * The kill-9 probe's writer: saves tree `argv[3]` in folder `argv[2]` in a loop, each save changing
 * the tree's title and its first scenario's title to `Save <n>`, so the two files tell which save
 * they belong to. Prints `saving <n> <etag>` before each save, `writing <n>` when its checks are
 * done and its files are about to be written, and `saved <n>` after it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serialiseScenarios, serialiseTree } from '../../../src/model/serialise';
import type { ScenarioFile, Tree } from '../../../src/model/types';
import { etagOf } from '../../../src/server/treeFilesOnDisk';
import { handleTreesRequest } from '../../../src/server/treesApi';

const [, , dir, id] = process.argv;
if (dir === undefined || id === undefined) throw new Error('usage: saveLoop <dir> <id>');
const tree = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as Tree;
const scenarios = JSON.parse(
  readFileSync(join(dir, `${id}.scenarios.json`), 'utf8'),
) as ScenarioFile;
const first = scenarios.scenarios[0];
if (!first) throw new Error('the probe needs a scenario');

for (let n = 1; n < 100_000; n++) {
  tree.meta.title = `Save ${n}`;
  first.title = `Save ${n}`;
  process.stdout.write(
    `saving ${n} ${etagOf(serialiseTree(tree), serialiseScenarios(scenarios))}\n`,
  );
  const response = await handleTreesRequest(
    {
      method: 'PUT',
      url: `/api/trees/${id}`,
      headers: { 'content-type': 'application/json', 'if-match': '*' },
      body: JSON.stringify({ tree, scenarios }),
    },
    // Under the lock, right before the first write: the probe kills some writers from here.
    { dir, beforeWrite: () => process.stdout.write(`writing ${n}\n`) },
  );
  if (response.status !== 200) throw new Error(`save ${n}: ${response.status} ${response.body}`);
  process.stdout.write(`saved ${n}\n`);
}
