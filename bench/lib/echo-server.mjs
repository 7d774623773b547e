// The server for the client benchmark, in its own process so the client's CPU time is the client's alone.
// Answers every request with the same success envelope; prints its port when listening.
import { createServer } from 'node:http';

const body = Buffer.from(JSON.stringify({
  success: true, errors: [], messages: [],
  result: { id: 'id', alias: 'alias', default_config: true, gateway_id: 'gw', modified_at: '2019-12-27T18:11:19.117Z', provider_slug: 'openai', secret_id: 'sid', secret_preview: 'sk-...abcd', rate_limit: 0, rate_limit_period: 0 },
}));
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, 'cf-ray': 'bench' });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
