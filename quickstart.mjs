// The five calls of the README, through the built package (`npm run build` first), against the mock:
//   npm run mock            (in another terminal: Prism on 127.0.0.1:4010)
//   node quickstart.mjs
// Point it elsewhere with CLOUDFLARE_BASE_URL, CLOUDFLARE_API_TOKEN and CLOUDFLARE_ACCOUNT_ID.
import { createClient, ApiError } from 'aig-provider-configs';

const cf = createClient({
  apiToken: process.env.CLOUDFLARE_API_TOKEN ?? 'mock-token',
  accountId: process.env.CLOUDFLARE_ACCOUNT_ID ?? '3ebbcb006d4d46d7bb6a8c7f14676cb0',
  baseUrl: process.env.CLOUDFLARE_BASE_URL ?? 'http://127.0.0.1:4010',
});
const gateway_id = 'my-gateway';

try {
  const created = await cf.providerConfigs.create({
    gateway_id,
    alias: 'alias',
    default_config: true,
    provider_slug: 'provider_slug',
    secret: 'secret',
    secret_id: 'secret_id',
  });
  console.log('create:', created.id, created.secret_preview);

  const page = await cf.providerConfigs.list({ gateway_id, page: 1, per_page: 20 });
  console.log('list:', page.length, 'on page 1');

  let all = 0;
  for await (const config of cf.providerConfigs.listAll({ gateway_id })) all += config ? 1 : 0;
  console.log('listAll:', all, 'in all');

  const rotated = await cf.providerConfigs.update({ gateway_id, id: created.id, secret: 'new-secret' });
  console.log('update:', rotated.id, rotated.secret_preview);

  const deleted = await cf.providerConfigs.delete({ gateway_id, id: created.id });
  console.log('delete:', deleted.id);
} catch (error) {
  if (error instanceof ApiError) console.error(`API error ${error.status}:`, error.errors, error.requestId);
  else console.error(error);
  process.exitCode = 1;
}
