/**
 * Hash routes, so the static build works from any file server:
 * `#/`, `#/play/<id>?answers=A,B&from=<state>&then=C,D&was=A,C,D&draft=1` (`draft=1`: the editor's canvas, not the file), `#/edit/<id>`, `#/new?from=<id>`,
 * `#/present/<id>?answers=A,B&reveal=off&scenario=<id>&show=answer` (and `#/present/<id>/speaker?...`,
 * the speaker's window), `#/quiz/<id>?scenario=<id>&answers=A,B&run=<case>~1,<case>~0`,
 * `#/compare?trees=a,b,c`.
 */
export type Route =
  | { page: 'home' }
  | {
      page: 'play';
      treeId: string;
      answers: string[];
      from?: string;
      /** Answers set aside by "Change" (src/player/answerLog.ts). */
      then?: string[];
      /** The log before a changed answer cleared its tail, offered back on screen. */
      was?: string[];
      /** Play the editor's canvas (io/preview.ts), unsaved edits included, not the file. */
      draft?: boolean;
    }
  | { page: 'edit'; treeId: string }
  | {
      page: 'present';
      treeId: string;
      answers: string[];
      reveal: boolean;
      /** A scenario played as the lesson script. */
      scenario?: string;
      /** The lesson's beat that reveals the case's answer to the current question. */
      showAnswer?: boolean;
      /** The speaker's window: case text, next beat and notes, kept in step with the presenter. */
      speaker?: boolean;
    }
  | {
      page: 'quiz';
      treeId: string;
      scenario?: string;
      answers: string[];
      /** Cases done in this run, in order, with `~1` (right) or `~0` (wrong). */
      run?: string[];
    }
  | { page: 'new'; from?: string }
  | { page: 'compare'; trees: string[] }
  | { page: 'not-found'; hash: string };

function splitList(value: string | null): string[] {
  return value === null || value === '' ? [] : value.split(',').filter((v) => v !== '');
}

/** A path segment decoded, or undefined for a malformed escape such as `%zz` or `%E0%A4%A`. */
function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const decoded = path
    .split('/')
    .filter((p) => p !== '')
    .map(decodeSegment);
  // A malformed escape is an address that names nothing: "not found", never a thrown error.
  if (decoded.includes(undefined)) return { page: 'not-found', hash };
  const parts = decoded as string[];
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 1 && parts[0] === 'new') {
    const from = params.get('from');
    return from ? { page: 'new', from } : { page: 'new' };
  }
  if (parts.length === 1 && parts[0] === 'compare') {
    return { page: 'compare', trees: splitList(params.get('trees')) };
  }
  const [page, treeId] = parts;
  if (parts.length === 3 && page === 'present' && treeId !== undefined && parts[2] === 'speaker') {
    return { ...presentRoute(treeId, params), speaker: true };
  }
  if (parts.length === 2 && treeId !== undefined) {
    if (page === 'play') {
      const from = params.get('from');
      const route: Route = { page: 'play', treeId, answers: splitList(params.get('answers')) };
      if (from) route.from = from;
      const then = splitList(params.get('then'));
      if (then.length > 0) route.then = then;
      const was = splitList(params.get('was'));
      if (was.length > 0) route.was = was;
      if (params.get('draft') === '1') route.draft = true;
      return route;
    }
    if (page === 'edit') return { page: 'edit', treeId };
    if (page === 'present') return presentRoute(treeId, params);
    if (page === 'quiz') {
      const scenario = params.get('scenario');
      const route: Route = { page: 'quiz', treeId, answers: splitList(params.get('answers')) };
      if (scenario) route.scenario = scenario;
      const run = splitList(params.get('run'));
      if (run.length > 0) route.run = run;
      return route;
    }
  }
  return { page: 'not-found', hash };
}

function presentRoute(treeId: string, params: URLSearchParams): Route & { page: 'present' } {
  const reveal = params.get('reveal') !== 'off';
  const route: Route = {
    page: 'present',
    treeId,
    answers: splitList(params.get('answers')),
    reveal,
  };
  const scenario = params.get('scenario');
  if (scenario) route.scenario = scenario;
  if (params.get('show') === 'answer') route.showAnswer = true;
  return route;
}

/** Answer lists keep their commas (and quiz runs their tildes) readable in the address bar. */
function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString().replace(/%2C/g, ',').replace(/%7E/g, '~');
  return query ? `${path}?${query}` : path;
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'play': {
      const params = new URLSearchParams();
      if (route.from) params.set('from', route.from);
      if (route.answers.length > 0) params.set('answers', route.answers.join(','));
      if (route.then && route.then.length > 0) params.set('then', route.then.join(','));
      if (route.was && route.was.length > 0) params.set('was', route.was.join(','));
      if (route.draft === true) params.set('draft', '1');
      return withQuery(`#/play/${encodeURIComponent(route.treeId)}`, params);
    }
    case 'edit':
      return `#/edit/${encodeURIComponent(route.treeId)}`;
    case 'present': {
      const params = new URLSearchParams();
      if (route.answers.length > 0) params.set('answers', route.answers.join(','));
      if (!route.reveal) params.set('reveal', 'off');
      if (route.scenario) params.set('scenario', route.scenario);
      if (route.showAnswer) params.set('show', 'answer');
      const speaker = route.speaker ? '/speaker' : '';
      return withQuery(`#/present/${encodeURIComponent(route.treeId)}${speaker}`, params);
    }
    case 'quiz': {
      const params = new URLSearchParams();
      if (route.scenario) params.set('scenario', route.scenario);
      if (route.answers.length > 0) params.set('answers', route.answers.join(','));
      if (route.run && route.run.length > 0) params.set('run', route.run.join(','));
      return withQuery(`#/quiz/${encodeURIComponent(route.treeId)}`, params);
    }
    case 'new':
      return route.from ? `#/new?from=${encodeURIComponent(route.from)}` : '#/new';
    case 'compare': {
      const params = new URLSearchParams();
      if (route.trees.length > 0) params.set('trees', route.trees.join(','));
      return withQuery('#/compare', params);
    }
    case 'not-found':
      return route.hash;
  }
}

/**
 * The prerendered entry page of a valid bundled tree (`src/server/prerenderPlugin.ts`): the same
 * player, with the first question in the HTML itself. Relative, so it works from any folder.
 */
export function playPageHref(treeId: string): string {
  return `play-${encodeURIComponent(treeId)}.html`;
}
