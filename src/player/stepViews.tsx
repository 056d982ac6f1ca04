/**
 * The player's entry for each node kind: the component that shows a step of that kind. Steps that
 * go on (question, info, plan) show their answers as buttons; the recommendation, loaded on
 * demand, concludes the walk. A `Record` over every kind, so TypeScript asks for a view when a
 * kind is added.
 */
import { Suspense, type ComponentType, type RefObject } from 'react';
import type {
  InfoMeta,
  NodeKind,
  PlanMeta,
  QuestionMeta,
  RecommendationMeta,
  Tree,
} from '../model/types';
import { QuestionStep } from './QuestionStep';
import { recommendation } from './recommendationPart';
import type { PlayerView } from './session';

const RecommendationView = recommendation.Component;

export interface StepViewProps {
  tree: Tree;
  view: PlayerView;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

function GoingOn({ view, onChoose, headingRef }: StepViewProps) {
  return (
    <QuestionStep
      meta={view.node.meta as QuestionMeta | InfoMeta | PlanMeta}
      answers={view.node.on ?? {}}
      onChoose={onChoose}
      headingRef={headingRef}
    />
  );
}

function Concluding({ tree, view, headingRef }: StepViewProps) {
  return (
    <Suspense fallback={<p className="loading">Loading the recommendation…</p>}>
      <RecommendationView
        tree={tree}
        view={view}
        meta={view.node.meta as RecommendationMeta}
        headingRef={headingRef}
      />
    </Suspense>
  );
}

/** The view of each kind, looked up by `meta.kind`. */
export const STEP_VIEWS: Record<NodeKind, ComponentType<StepViewProps>> = {
  question: GoingOn,
  info: GoingOn,
  plan: GoingOn,
  recommendation: Concluding,
};
