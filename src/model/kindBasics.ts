/**
 * The part of the node-kind registry (`kinds.ts`) that playback needs: whether a kind ends the
 * walk and how a step of it is named and explained. It lives apart so the player's first load
 * does not carry the rest of the registry (new-step contents, placeholders, validation wording);
 * `KINDS` spreads these entries into its own, so each rule is still written once.
 */
import type { NodeKind, StateMeta } from './types';

type MetaOf<K extends NodeKind> = Extract<StateMeta, { kind: K }>;

export interface KindBasics<K extends NodeKind = NodeKind> {
  /** The walk ends here (`type: "final"`, no answers). */
  final: boolean;
  /** The heading rule: the text that names a state of this kind to a reader. */
  heading: (meta: MetaOf<K>) => string;
  /** The explanatory text under the heading, if the kind has one. */
  body: (meta: MetaOf<K>) => string | undefined;
}

const title = (meta: { title: string }) => meta.title;
const none = () => undefined;

export const KIND_BASICS: { [K in NodeKind]: KindBasics<K> } = {
  question: { final: false, heading: (meta) => meta.prompt, body: (meta) => meta.help },
  info: { final: false, heading: title, body: (meta) => meta.body },
  plan: { final: false, heading: title, body: none },
  recommendation: { final: true, heading: title, body: none },
};

function basicsOf(kind: NodeKind): KindBasics {
  return KIND_BASICS[kind] as unknown as KindBasics;
}

/** The heading rule, once: a question is named by its prompt, every other kind by its title. */
export function stepHeading(meta: StateMeta): string {
  return basicsOf(meta.kind).heading(meta);
}

/** The text under a step's heading (a question's help, an info step's body), if any. */
export function stepBody(meta: StateMeta): string | undefined {
  return basicsOf(meta.kind).body(meta);
}

/** Whether a walk ends at a state of this kind. */
export const isFinalKind = (kind: NodeKind): boolean => KIND_BASICS[kind].final;
