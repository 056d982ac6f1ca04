/** JSON Schemas generated from the Zod schemas, committed in trees/ for editors such as VS Code. */
import * as z from 'zod/mini';
import * as schema from './schema';

function generate(root: z.ZodMiniType, id: string, title: string): string {
  const json = z.toJSONSchema(root, { target: 'draft-07', io: 'input' });
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}

export function treeJsonSchema(): string {
  return generate(schema.tree, 'https://stepwise.invalid/tree.schema.json', 'Stepwise tree');
}

export function scenariosJsonSchema(): string {
  return generate(
    schema.scenarioFile,
    'https://stepwise.invalid/scenarios.schema.json',
    'Stepwise scenarios',
  );
}
