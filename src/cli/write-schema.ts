/** `npm run schema`: writes the JSON Schemas in trees/ from the Zod source of truth. */
import { writeFileAtomic } from '../node/atomicWrite';
import { commentsJsonSchema } from '../model/comments';
import { scenariosJsonSchema, treeJsonSchema } from '../model/jsonSchema';
import { wantsHelp } from './usage';

function main(): void {
  writeFileAtomic('trees/tree.schema.json', treeJsonSchema());
  writeFileAtomic('trees/scenarios.schema.json', scenariosJsonSchema());
  writeFileAtomic('trees/comments.schema.json', commentsJsonSchema());
  console.log(
    'wrote trees/tree.schema.json, trees/scenarios.schema.json and trees/comments.schema.json',
  );
}

if (wantsHelp(process.argv.slice(2)))
  console.log(`usage: npm run schema
  Writes trees/tree.schema.json, trees/scenarios.schema.json and trees/comments.schema.json
  from the Zod schemas in src/model (run it after changing src/model/schema.ts).`);
else main();
