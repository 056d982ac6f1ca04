import { lazyPart } from '../ui/lazyPart';

/** The end of a walk: most steps are questions, so its code loads while the walk is under way. */
export const recommendation = lazyPart(() =>
  import('./RecommendationView').then((m) => m.RecommendationView),
);
