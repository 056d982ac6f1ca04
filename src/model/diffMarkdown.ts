/**
 * The semantic diff as Markdown, for pull-request review: scenario outcome changes first (what a
 * change does to the patients the pathway is tested with), then steps, fields, answers and the
 * tree's own fields. Tree text is escaped so it can never become Markdown or HTML.
 */
import type { FieldChange, ScenarioOutcome, TreeDiff, WalkSummary } from './diff';
import { hasChanges } from './diff';

/**
 * Escapes text for a Markdown table cell or list item: one line, no markup, no HTML, and no
 * `@mention`: GitHub and GitLab notify on `@name` even when it is backslash-escaped or written
 * as an entity, but never inside a code span, so a mention is shown as code (`@everyone`) and
 * reads as written. Invisible characters between `@` and the name are no way out: the name
 * rules refuse them.
 */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/(^|[^\p{L}\p{N}_`])@([\p{L}\p{N}][\p{L}\p{N}-]*(?:\/[\p{L}\p{N}.-]+)?)/gu, '$1`@$2`');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function walkText(walk: WalkSummary): string {
  const plan = walk.plan.length > 0 ? ` (plan: ${walk.plan.map(code).join(', ')})` : '';
  const fails = walk.passed ? '' : ` — fails: ${mdText(walk.message ?? '')}`;
  return `${code(walk.end)}${plan}${fails}`;
}

function partsText(s: ScenarioOutcome): string {
  const p = s.parts;
  if (!p) {
    const walk = s.sameEnd && s.samePlan ? 'same walk' : 'same steps, another plan';
    return s.passChanged
      ? `${walk}; the scenario now ${s.after.passed ? 'passes' : 'fails'}`
      : walk;
  }
  if (p.answer === 0) return 'the pathway starts elsewhere';
  const to = (k: string | undefined) => (k === undefined ? 'stops' : `goes to ${code(k)}`);
  return `answer ${p.answer}${p.event ? ` (${code(p.event)})` : ''} at ${code(p.step ?? '?')}: before ${to(p.before)}, now ${to(p.after)}`;
}

function scenarioNote(s: ScenarioOutcome): string {
  const notes: string[] = [];
  if (s.in === 'from') notes.push('removed in the new version');
  if (s.in === 'to') notes.push('new in this version');
  if (s.answersChanged) notes.push('its answers were edited');
  return notes.length > 0 ? ` _(${notes.join('; ')})_` : '';
}

function scenarioSection(diff: TreeDiff): string[] {
  const lines = ['### Scenario outcomes', ''];
  if (diff.scenarios.length === 0) return [...lines, 'No scenarios in either version.', ''];
  const moved = diff.scenarios.filter((s) => !s.sameEnd || !s.samePlan || s.passChanged);
  const rest = diff.scenarios.filter((s) => !moved.includes(s));
  const content = rest.filter((s) => s.changedOnWalk.length > 0);
  const same = rest.filter((s) => s.changedOnWalk.length === 0);
  lines.push(
    `${moved.length} of ${diff.scenarios.length} scenario(s) now end elsewhere, with another plan or pass/fail; ` +
      `${content.length} reach the same steps whose advice changed; ${same.length} unchanged.`,
    '',
  );
  if (moved.length > 0) {
    lines.push('| Scenario | Before | After | Where the walks part |', '| --- | --- | --- | --- |');
    for (const s of moved) {
      lines.push(
        `| ${code(s.id)} ${mdText(s.title)}${scenarioNote(s)} | ${walkText(s.before)} | ${walkText(s.after)} | ${partsText(s)} |`,
      );
    }
    lines.push('');
  }
  for (const s of content) {
    lines.push(
      `- ${code(s.id)} ${mdText(s.title)}${scenarioNote(s)}: still ends at ${code(s.after.end)}; changed advice on the way: ${s.changedOnWalk.map(code).join(', ')}`,
    );
  }
  if (content.length > 0) lines.push('');
  if (same.length > 0) {
    lines.push(`Unchanged: ${same.map((s) => `${code(s.id)}${scenarioNote(s)}`).join(', ')}`, '');
  }
  return lines;
}

function fieldLine(change: FieldChange): string {
  const name = `**${mdText(change.field)}**`;
  const parts: string[] = [];
  if (change.added) parts.push(...change.added.map((t) => `added “${mdText(t)}”`));
  if (change.removed) parts.push(...change.removed.map((t) => `removed “${mdText(t)}”`));
  if (change.reordered) parts.push('same items in another order');
  if (parts.length === 0) {
    const b = change.before === undefined ? '_(none)_' : `“${mdText(change.before)}”`;
    const a = change.after === undefined ? '_(none)_' : `“${mdText(change.after)}”`;
    parts.push(`${b} → ${a}`);
  }
  return `- ${name}: ${parts.join('; ')}`;
}

function stepSection(diff: TreeDiff): string[] {
  const lines: string[] = [];
  if (diff.initial) {
    lines.push(`- First step: ${code(diff.initial.before)} → ${code(diff.initial.after)}`);
  }
  if (diff.added.length > 0) lines.push(`- Added: ${diff.added.map(code).join(', ')}`);
  if (diff.removed.length > 0) lines.push(`- Removed: ${diff.removed.map(code).join(', ')}`);
  for (const r of diff.renamed) lines.push(`- Renamed: ${code(r.from)} → ${code(r.to)}`);
  if (lines.length > 0) lines.unshift('### Steps', '');
  if (lines.length > 0) lines.push('');
  if (diff.changed.length > 0) {
    lines.push('### Changed steps', '');
    for (const step of diff.changed) {
      lines.push(`#### ${code(step.key)} (${step.kind}): ${mdText(step.title)}`, '');
      lines.push(...step.fields.map(fieldLine), '');
    }
  }
  if (diff.answers.length > 0) {
    lines.push('### Answers', '', '| Step | Answer | Change | Before | After |');
    lines.push('| --- | --- | --- | --- | --- |');
    const side = (s?: { target: string; label: string }) =>
      s ? `${mdText(s.label)} → ${code(s.target)}` : '';
    for (const a of diff.answers) {
      lines.push(
        `| ${code(a.step)} | ${code(a.event)} | ${a.change} | ${side(a.before)} | ${side(a.after)} |`,
      );
    }
    lines.push('');
  }
  if (diff.meta.length > 0) {
    lines.push('### Pathway fields', '', ...diff.meta.map(fieldLine), '');
  }
  return lines;
}

/** One tree's diff as a Markdown section headed by the tree id and the two revisions. */
export function diffMarkdown(diff: TreeDiff, fromLabel: string, toLabel: string): string {
  const head = `## ${code(diff.id)}: ${mdText(fromLabel)} → ${mdText(toLabel)}`;
  if (!hasChanges(diff)) return `${head}\n\nNo changes.\n`;
  return [head, '', ...scenarioSection(diff), ...stepSection(diff)].join('\n');
}
