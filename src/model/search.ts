/** Find states by any of their text: key, prompt, help, title, actions, doses, notes, answers. */
import { nodeTitle } from './toFlow';
import type { StateNode, Tree } from './types';

function textsOf(key: string, node: StateNode): string[] {
  const texts: string[] = [key];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(node.meta);
  for (const t of Object.values(node.on ?? {})) texts.push(t.description);
  return texts;
}

export interface SearchHit {
  state: string;
  /** The step's prompt (question) or title (any other kind): what the author knows it by. */
  title: string;
  /** The first matching text other than the key and the title, shown under it; absent when the key or title matched. */
  match?: string;
}

/** Case-insensitive substring search over every text of every state, in tree order. */
export function searchStates(tree: Tree, query: string, limit = 20): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const hits: SearchHit[] = [];
  for (const [key, node] of Object.entries(tree.states)) {
    const match = textsOf(key, node).find((t) => t.toLowerCase().includes(needle));
    if (match !== undefined) {
      const title = nodeTitle(node);
      hits.push(
        match === key || match === title ? { state: key, title } : { state: key, title, match },
      );
    }
    if (hits.length >= limit) break;
  }
  return hits;
}
