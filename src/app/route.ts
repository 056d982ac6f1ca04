/**
 * Hash routes, so the static build works from any file server:
 * `#/`, `#/play/<id>?answers=A,B&from=<state>` (`&draft=1`: the editor's canvas, not the file), `#/edit/<id>`, `#/new?from=<id>`,
 * `#/present/<id>?answers=A,B&reveal=off`, `#/quiz/<id>?scenario=<id>&answers=A,B`,
 * `#/compare?trees=a,b,c`.
 */
export type Route =
  | { page: 'home' }
  | { page: 'play'; treeId: string; answers: string[]; from?: string; draft?: boolean }
  | { page: 'edit'; treeId: string }
  | { page: 'present'; treeId: string; answers: string[]; reveal: boolean }
  | { page: 'quiz'; treeId: string; scenario?: string; answers: string[] }
  | { page: 'new'; from?: string }
  | { page: 'compare'; trees: string[] }
  | { page: 'not-found'; hash: string };

function splitList(value: string | null): string[] {
  return value === null || value === '' ? [] : value.split(',').filter((v) => v !== '');
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const params = new URLSearchParams(query);
  const parts = path
    .split('/')
    .filter((p) => p !== '')
    .map((p) => decodeURIComponent(p));
  if (parts.length === 0) return { page: 'home' };
  if (parts.length === 1 && parts[0] === 'new') {
    const from = params.get('from');
    return from ? { page: 'new', from } : { page: 'new' };
  }
  if (parts.length === 1 && parts[0] === 'compare') {
    return { page: 'compare', trees: splitList(params.get('trees')) };
  }
  const [page, treeId] = parts;
  if (parts.length === 2 && treeId !== undefined) {
    if (page === 'play') {
      const from = params.get('from');
      const route: Route = { page: 'play', treeId, answers: splitList(params.get('answers')) };
      if (from) route.from = from;
      if (params.get('draft') === '1') route.draft = true;
      return route;
    }
    if (page === 'edit') return { page: 'edit', treeId };
    if (page === 'present') {
      const reveal = params.get('reveal') !== 'off';
      return { page: 'present', treeId, answers: splitList(params.get('answers')), reveal };
    }
    if (page === 'quiz') {
      const scenario = params.get('scenario');
      const route: Route = { page: 'quiz', treeId, answers: splitList(params.get('answers')) };
      if (scenario) route.scenario = scenario;
      return route;
    }
  }
  return { page: 'not-found', hash };
}

/** Answer lists keep their commas readable in the address bar. */
function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString().replace(/%2C/g, ',');
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
      if (route.draft === true) params.set('draft', '1');
      return withQuery(`#/play/${encodeURIComponent(route.treeId)}`, params);
    }
    case 'edit':
      return `#/edit/${encodeURIComponent(route.treeId)}`;
    case 'present': {
      const params = new URLSearchParams();
      if (route.answers.length > 0) params.set('answers', route.answers.join(','));
      if (!route.reveal) params.set('reveal', 'off');
      return withQuery(`#/present/${encodeURIComponent(route.treeId)}`, params);
    }
    case 'quiz': {
      const params = new URLSearchParams();
      if (route.scenario) params.set('scenario', route.scenario);
      if (route.answers.length > 0) params.set('answers', route.answers.join(','));
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
