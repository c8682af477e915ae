import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string };
}

export interface FakeGitHub {
  url: string;
  labels: string[];
  comments: FakeComment[];
  /** Requests seen, as "METHOD /path". */
  requests: string[];
  /** Answer writes with 403, as GitHub does for a fork's read-only token. */
  denyWrites: boolean;
  close(): Promise<void>;
}

/**
 * A stand-in for the parts of GitHub's REST API the action uses (issue labels and comments),
 * listening on 127.0.0.1 only. Point @actions/github at it with GITHUB_API_URL.
 */
export async function startFakeGitHub(owner = 'estuary', repo = 'connectors', number = 7): Promise<FakeGitHub> {
  let nextId = 1000;
  const base = `/repos/${owner}/${repo}/issues`;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      state.requests.push(`${req.method} ${url.pathname}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const write = req.method === 'POST' || req.method === 'PATCH';
      if (write && state.denyWrites) return send(403, { message: 'Resource not accessible by integration', status: '403' });
      const body = raw ? (JSON.parse(raw) as { body: string }) : undefined;
      if (req.method === 'GET' && url.pathname === `${base}/${number}/labels`)
        return send(
          200,
          state.labels.map((name, i) => ({ id: i + 1, name })),
        );
      if (req.method === 'GET' && url.pathname === `${base}/${number}/comments`) return send(200, state.comments);
      if (req.method === 'POST' && url.pathname === `${base}/${number}/comments`) {
        const comment = { id: nextId++, body: body!.body, user: { login: 'github-actions[bot]' } };
        state.comments.push(comment);
        return send(201, comment);
      }
      const edit = url.pathname.match(new RegExp(`^${base}/comments/(\\d+)$`));
      const target = edit && state.comments.find((c) => c.id === Number(edit[1]));
      if (req.method === 'PATCH' && target) {
        target.body = body!.body;
        return send(200, target);
      }
      send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const state: FakeGitHub = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    labels: [],
    comments: [],
    requests: [],
    denyWrites: false,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return state;
}
