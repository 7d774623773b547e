/**
 * A real `node:http` server on 127.0.0.1 for runtime tests: each test says how to answer, and every request it
 * received is recorded (method, url, headers, body) so tests can count what was sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, recorded: RecordedRequest, index: number) => void | Promise<void>;

export interface LocalServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Answers request N with `handlers[N]` (the last one repeats), or with one handler for all. */
export async function startServer(handlers: Handler | Handler[]): Promise<LocalServer> {
  const list = Array.isArray(handlers) ? handlers : [handlers];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    requests.push(recorded);
    const index = requests.length - 1;
    await list[Math.min(index, list.length - 1)]!(req, res, recorded, index);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON body with a `cf-ray` header. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cf-ray': 'ray-test-1', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** Sends a raw body with the given content type. */
export function raw(status: number, body: string, contentType: string, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType, 'cf-ray': 'ray-test-1', ...headers });
    res.end(body);
  };
}

/** Destroys the connection after reading the request: the client sees a reset with the request already sent. */
export const reset: Handler = (req) => {
  req.socket.destroy();
};

/** Never answers (until the server closes). */
export const hang: Handler = () => undefined;

export const PROVIDER_CONFIG = {
  id: 'pc-1',
  alias: 'main',
  default_config: true,
  gateway_id: 'gw',
  modified_at: '2026-01-01T00:00:00Z',
  provider_slug: 'openai',
  secret_id: 'sid',
  secret_preview: 'sk-...abcd',
  rate_limit: null,
  rate_limit_period: null,
};

export const ok = (result: unknown, extra: Record<string, unknown> = {}) => json(200, { success: true, errors: [], messages: [], result, ...extra });

export const failure = (status: number, code: number, message: string, headers: Record<string, string> = {}) =>
  json(status, { success: false, errors: [{ code, message }], messages: [], result: null }, headers);
