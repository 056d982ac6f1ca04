/** Validation from file text, shared by the CLI, the app and (later) the save API. */
import { parseJsonText } from './parse';
import type { Problem } from './types';
import { validate, type Validation } from './validate';

/**
 * Validates a tree's text and its scenarios' text (or their bytes, which must be UTF-8) (`undefined` when there is no scenarios file,
 * which is itself a problem: every recommendation must be reached by a scenario).
 */
export function validateTreeText(
  fileId: string,
  text: string | Uint8Array,
  scenarioText: string | Uint8Array | undefined,
): Validation {
  const json = parseJsonText(text, 'tree');
  if (!json.ok) return { problems: json.problems, unreadable: true };
  if (scenarioText === undefined) {
    const result = validate(json.value, { fileId });
    const missing: Problem = {
      path: '',
      message: `no scenarios file (${fileId}.scenarios.json)`,
      file: 'scenarios',
    };
    return { ...result, problems: [...result.problems, missing] };
  }
  const scenarios = parseJsonText(scenarioText, 'scenarios');
  if (!scenarios.ok) {
    const result = validate(json.value, { fileId });
    return { ...result, problems: [...result.problems, ...scenarios.problems], unreadable: true };
  }
  return validate(json.value, { fileId, scenarios: scenarios.value });
}
