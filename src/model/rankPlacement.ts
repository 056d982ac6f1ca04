/**
 * Where the states of one rank go along it: in the given order, at least `gap` apart, each as
 * close to its goal as the others allow (least squares). Shifting each state back by the room the
 * ones before it need turns the gaps into "never less than the one before", which pool adjacent
 * violators solves exactly in linear time (isotonic regression).
 */

/** Weight of a state with no goal: it sits next to its neighbour without pulling on it. */
const NO_GOAL_WEIGHT = 1e-9;

interface Block {
  weight: number;
  sum: number;
  size: number;
}

/** Centres for boxes of `widths`, in order, as near their `goals` (centres) as the gaps allow. */
export function placeInOrder(
  widths: readonly number[],
  goals: readonly (number | undefined)[],
  gap: number,
): number[] {
  const n = widths.length;
  const offset: number[] = [];
  for (let i = 0; i < n; i++) {
    const before = i === 0 ? 0 : (offset[i - 1] as number);
    const room = i === 0 ? 0 : ((widths[i - 1] as number) + (widths[i] as number)) / 2 + gap;
    offset.push(before + room);
  }
  // Goals in shifted space; a state without one takes its left (else right) neighbour's.
  const target: (number | undefined)[] = goals.map((g, i) =>
    g === undefined ? undefined : g - (offset[i] as number),
  );
  for (let i = 1; i < n; i++) target[i] ??= target[i - 1];
  for (let i = n - 2; i >= 0; i--) target[i] ??= target[i + 1];

  const blocks: Block[] = [];
  for (let i = 0; i < n; i++) {
    const weight = goals[i] === undefined ? NO_GOAL_WEIGHT : 1;
    let block: Block = { weight, sum: weight * (target[i] ?? 0), size: 1 };
    for (let last = blocks.at(-1); last; last = blocks.at(-1)) {
      if (last.sum / last.weight <= block.sum / block.weight) break;
      blocks.pop();
      block = {
        weight: last.weight + block.weight,
        sum: last.sum + block.sum,
        size: last.size + block.size,
      };
    }
    blocks.push(block);
  }
  const centres: number[] = [];
  for (const block of blocks) {
    const value = block.sum / block.weight;
    for (let k = 0; k < block.size; k++) centres.push(value + (offset[centres.length] as number));
  }
  return centres;
}
