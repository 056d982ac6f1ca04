/**
 * A dev server's API in a process of its own, for the two-server probe: the trees, versions and
 * comments handlers over `argv[2]`, routed as `vitePlugin.ts` routes them, on a free port of
 * 127.0.0.1, which it prints as `port <n>` once listening.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleCommentsRequest } from '../../../src/server/commentsApi';
import { handleTreesRequest } from '../../../src/server/treesApi';
import { handleVersionsRequest } from '../../../src/server/versionsApi';

const dir = process.argv[2];
if (dir === undefined) throw new Error('usage: apiServer <trees folder>');
const SUB_ROUTE = /^\/api\/trees\/[^/?#]+\/(versions|approve|comments)(?:[/?#]|$)/;

async function bodyOf(req: IncomingMessage): Promise<string | undefined> {
  if (req.method === 'GET') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const server = createServer((req, res) => {
  void (async () => {
    const url = req.url ?? '/';
    const request = {
      method: req.method ?? 'GET',
      url,
      headers: req.headers,
      body: await bodyOf(req),
    };
    const sub = SUB_ROUTE.exec(url)?.[1];
    const options = { dir };
    const answer =
      sub === 'comments'
        ? await handleCommentsRequest(request, options)
        : sub !== undefined
          ? await handleVersionsRequest(request, options)
          : await handleTreesRequest(request, options);
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  })();
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`port ${(server.address() as AddressInfo).port}\n`);
});
