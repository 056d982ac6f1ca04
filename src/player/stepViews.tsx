/**
 * The player's entry for each node kind: the component that shows a step of that kind. Questions
 * and info steps show their answers as buttons; a plan step shows what it adds to the plan and its
 * way on; the recommendation concludes the walk with the care plan. Plan and recommendation
 * screens load on demand. A `Record` over every kind, so TypeScript asks for a view when a kind is
 * added.
 */
import { Suspense, type ComponentType, type ReactNode, type RefObject } from 'react';
import type { NodeKind, Tree } from '../model/types';
import { QuestionStep } from './QuestionStep';
import { planStep, recommendation } from './recommendationPart';
import type { PlayerView } from './session';

const RecommendationView = recommendation.Component;
const PlanStep = planStep.Component;

export interface StepViewProps {
  tree: Tree;
  view: PlayerView;
  onChoose: (event: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The answer given here before "Change", marked on its button. */
  previous?: string | undefined;
  /** The pathway's notes, shown with the care plan. */
  notes?: ReactNode;
}

function Asking({ view, onChoose, headingRef, previous }: StepViewProps) {
  const { meta } = view.node;
  if (meta.kind !== 'question' && meta.kind !== 'info') return null;
  return (
    <QuestionStep
      meta={meta}
      answers={view.node.on ?? {}}
      onChoose={onChoose}
      headingRef={headingRef}
      previous={previous}
    />
  );
}

function Adding({ tree, view, onChoose, headingRef, previous }: StepViewProps) {
  const { meta } = view.node;
  if (meta.kind !== 'plan') return null;
  return (
    <Suspense fallback={<p className="loading">Loading the plan step…</p>}>
      <PlanStep
        meta={meta}
        answers={view.node.on ?? {}}
        references={tree.meta.references}
        onChoose={onChoose}
        headingRef={headingRef}
        previous={previous}
      />
    </Suspense>
  );
}

function Concluding({ tree, view, headingRef, notes }: StepViewProps) {
  const { meta } = view.node;
  if (meta.kind !== 'recommendation') return null;
  return (
    <Suspense fallback={<p className="loading">Loading the recommendation…</p>}>
      <RecommendationView
        tree={tree}
        view={view}
        meta={meta}
        headingRef={headingRef}
        notes={notes}
      />
    </Suspense>
  );
}

/** The view of each kind, looked up by `meta.kind`. */
export const STEP_VIEWS: Record<NodeKind, ComponentType<StepViewProps>> = {
  question: Asking,
  info: Asking,
  plan: Adding,
  recommendation: Concluding,
};
