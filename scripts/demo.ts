/**
 * `npm run demo`: the first thing to run. Starts a Prism mock from spec/openapi.yaml, then creates, lists, rotates
 * and deletes a provider config through the generated client, printing each result. No account needed.
 */
import { resolve } from 'node:path';
import { createClient } from '../src/index.js';
import { startPrism } from './mock/prism.js';

const ROOT = resolve(import.meta.dirname, '..');
const show = (title: string, value: unknown) => console.log(`\n${title}\n${JSON.stringify(value, null, 2)}`);

const prism = await startPrism(resolve(ROOT, 'spec/openapi.yaml'));
try {
  console.log(`Prism is mocking spec/openapi.yaml at ${prism.url}`);
  const cf = createClient({ apiToken: 'demo-token', accountId: '3ebbcb006d4d46d7bb6a8c7f14676cb0', baseUrl: prism.url, env: {} });
  const gateway_id = 'my-gateway';

  const created = await cf.providerConfigs.create({ gateway_id, alias: 'alias', default_config: true, provider_slug: 'provider_slug', secret: 'secret', secret_id: 'secret_id' });
  show('1. create: providerConfigs.create({ gateway_id, alias, default_config, provider_slug, secret, secret_id })', created);

  const listed = await cf.providerConfigs.list({ gateway_id, page: 1, per_page: 20 });
  show('2. list: providerConfigs.list({ gateway_id, page: 1, per_page: 20 }) (key previews only, never the key)', listed);

  const rotated = await cf.providerConfigs.update({ gateway_id, id: created.id, secret: 'a-new-provider-key' });
  show('3. rotate: providerConfigs.update({ gateway_id, id, secret })', rotated);

  const deleted = await cf.providerConfigs.delete({ gateway_id, id: created.id });
  show('4. delete: providerConfigs.delete({ gateway_id, id })', deleted);
} finally {
  await prism.stop();
}
