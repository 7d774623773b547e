/**
 * Differential test: random valid and invalid params for every operation, sent with validation skipped to a Prism
 * mock of the same spec. The client's own verdict (its generated validator) must agree with Prism's (accepted,
 * or 400/422). Seeded, so a disagreement reproduces; fast-check prints the seed and the input.
 *
 * Out of scope by construction: params the server can never see (an unknown field of an operation without a
 * body is not sent anywhere) and path values the runtime refuses regardless (empty, ".", "..").
 */
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import {
  createProviderConfigOperation,
  deleteProviderConfigOperation,
  listProviderConfigsOperation,
  updateProviderConfigOperation,
} from '../../generated/operations.js';
import { ApiError, createClient } from '../../src/index.js';
import type { OperationDescriptor } from '../../src/runtime/operation.js';

const SEED = Number(process.env.DIFF_SEED ?? 20261204);
const RUNS_PER_OPERATION = Number(process.env.DIFF_RUNS ?? 130);

const segment = fc.stringMatching(/^[A-Za-z0-9_-]{1,80}$/);
const accountId = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), segment);
const gatewayId = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,64}$/), segment);
const anyJson = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }));
const maybeNumber = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constant(null), anyJson);
const queryInt = fc.oneof(fc.integer({ min: -5, max: 150 }), fc.constantFrom(1.5, 2.25), fc.constantFrom('abc', 'two'));

/** Either a valid value for the field or anything JSON, so roughly half the cases break a rule. */
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: anyJson });

const createParams = fc.record(
  {
    account_id: accountId,
    gateway_id: gatewayId,
    alias: field(fc.string()),
    default_config: field(fc.boolean()),
    provider_slug: field(fc.string()),
    secret: field(fc.string()),
    secret_id: field(fc.string()),
    rate_limit: maybeNumber,
    rate_limit_period: maybeNumber,
    unknown_field: anyJson,
  },
  { requiredKeys: ['account_id', 'gateway_id'] },
);
const listParams = fc.record({ account_id: accountId, gateway_id: gatewayId, page: queryInt, per_page: queryInt }, { requiredKeys: ['account_id', 'gateway_id'] });
const updateParams = fc.record({ account_id: accountId, gateway_id: gatewayId, id: segment, secret: field(fc.string()), extra: anyJson }, { requiredKeys: ['account_id', 'gateway_id', 'id'] });
const deleteParams = fc.record({ account_id: accountId, gateway_id: gatewayId, id: segment });

type Method = 'create' | 'list' | 'update' | 'delete';
const operations: { method: Method; descriptor: OperationDescriptor; params: fc.Arbitrary<Record<string, unknown>> }[] = [
  { method: 'create', descriptor: createProviderConfigOperation, params: createParams },
  { method: 'list', descriptor: listProviderConfigsOperation, params: listParams },
  { method: 'update', descriptor: updateProviderConfigOperation, params: updateParams },
  { method: 'delete', descriptor: deleteProviderConfigOperation, params: deleteParams },
];

describe('the client agrees with Prism on what is valid', () => {
  const verdicts = { accepted: 0, rejected: 0 };
  for (const { method, descriptor, params } of operations) {
    it(`${descriptor.id}: ${RUNS_PER_OPERATION} seeded cases`, async () => {
      const cf = createClient({ apiToken: 'diff-token', baseUrl: inject('prismUrl'), env: {}, maxRetries: 0 });
      await fc.assert(
        fc.asyncProperty(params, async (input) => {
          const clientSaysValid = descriptor.validate(input);
          const call = (cf.providerConfigs[method] as (p: unknown, o: unknown) => Promise<unknown>)(input, { validate: false });
          const outcome = await call.then(
            () => 'accepted' as const,
            (e: unknown) => (e instanceof ApiError && (e.status === 400 || e.status === 422) ? ('rejected' as const) : e),
          );
          if (outcome !== 'accepted' && outcome !== 'rejected') throw outcome;
          verdicts[outcome] += 1;
          expect({ input, prism: outcome }).toEqual({ input, prism: clientSaysValid ? 'accepted' : 'rejected' });
        }),
        { numRuns: RUNS_PER_OPERATION, seed: SEED },
      );
    });
  }

  it('ran at least 500 cases, both verdicts well represented', () => {
    expect(verdicts.accepted + verdicts.rejected).toBeGreaterThanOrEqual(500);
    expect(verdicts.accepted).toBeGreaterThan(50);
    expect(verdicts.rejected).toBeGreaterThan(50);
  });
});
