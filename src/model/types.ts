/** Types of the tree format, inferred from the Zod schemas in `schema.ts`. */
import type * as z from 'zod/mini';
import type * as s from './schema';

export type Tree = z.infer<typeof s.tree>;
export type TreeMeta = z.infer<typeof s.treeMeta>;
export type StateNode = z.infer<typeof s.state>;
export type StateMeta = StateNode['meta'];
export type QuestionMeta = z.infer<typeof s.questionMeta>;
export type InfoMeta = z.infer<typeof s.infoMeta>;
export type RecommendationMeta = z.infer<typeof s.recommendationMeta>;
export type PlanMeta = z.infer<typeof s.planMeta>;
/** The meta of a step that gives advice: a plan step or a recommendation. */
export type ClinicalMeta = PlanMeta | RecommendationMeta;
export type Transition = z.infer<typeof s.transition>;
export type Evidence = z.infer<typeof s.evidence>;
export type Dose = z.infer<typeof s.dose>;
export type DoNotItem = z.infer<typeof s.doNotItem>;
export type Reference = z.infer<typeof s.reference>;
export type Source = z.infer<typeof s.source>;
export type Scenario = z.infer<typeof s.scenario>;
export type ScenarioFile = z.infer<typeof s.scenarioFile>;
export type NodeKind = StateMeta['kind'];

/** A problem found in a tree or scenario file: where (JSON path) and what, in plain words. */
export interface Problem {
  /** Dotted JSON path, e.g. `states.q3.on.YES.target`; empty for the whole file. */
  path: string;
  message: string;
  /** The state the problem belongs to, when there is one: the editor marks that node. */
  state?: string;
  /** Which file: the tree itself or its scenarios. */
  file?: 'tree' | 'scenarios';
}
