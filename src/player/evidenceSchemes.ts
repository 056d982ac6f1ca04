/**
 * Legends for the grading schemes the trees use. The sources do not define their scales, so the
 * legend says where its reading comes from.
 */
export interface SchemeLegend {
  name: string;
  origin: string;
  entries: [code: string, meaning: string][];
}

export const LEVELS_AND_GRADES = 'Levels Ia-IV, grades A-D';

const legends: Record<string, SchemeLegend> = {
  [LEVELS_AND_GRADES]: {
    name: LEVELS_AND_GRADES,
    origin:
      'The usual reading of this scale (Shekelle et al., BMJ 1999), which EULAR recommendations used; the source does not define it.',
    entries: [
      ['Level Ia', 'Meta-analysis of randomised controlled trials'],
      ['Level Ib', 'At least one randomised controlled trial'],
      ['Level IIa', 'At least one controlled study without randomisation'],
      ['Level IIb', 'At least one other quasi-experimental study'],
      ['Level III', 'Descriptive studies (comparative, correlation, case-control)'],
      ['Level IV', 'Expert committee reports or opinion, clinical experience'],
      ['Grade A', 'Based directly on level I evidence'],
      ['Grade B', 'Based on level II, or extrapolated from level I'],
      ['Grade C', 'Based on level III, or extrapolated from level I or II'],
      ['Grade D', 'Based on level IV, or extrapolated from level I, II or III'],
    ],
  },
};

export function legendFor(scheme: string | undefined): SchemeLegend | undefined {
  return scheme === undefined ? undefined : legends[scheme];
}
