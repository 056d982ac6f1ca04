/** `npm run schema`: writes the JSON Schemas in trees/ from the Zod source of truth. */
import { writeFileAtomic } from '../node/atomicWrite';
import { scenariosJsonSchema, treeJsonSchema } from '../model/jsonSchema';

writeFileAtomic('trees/tree.schema.json', treeJsonSchema());
writeFileAtomic('trees/scenarios.schema.json', scenariosJsonSchema());
console.log('wrote trees/tree.schema.json and trees/scenarios.schema.json');
