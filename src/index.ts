/**
 * aig-provider-configs: a client for Cloudflare AI Gateway provider configs (stored upstream provider keys),
 * generated from the OpenAPI spec in spec/openapi.yaml.
 *
 * @example
 * import { createClient } from 'aig-provider-configs';
 * const cf = createClient({ apiToken: process.env.CLOUDFLARE_API_TOKEN, accountId });
 * const configs = await cf.providerConfigs.list({ gateway_id: 'my-gateway' });
 *
 * @packageDocumentation
 */
export { createClient, DEFAULT_TIMEOUT_MS, type Client, type ClientOptions, type RawClient } from './client.js';
export { DEFAULT_BASE_URL } from './config.js';
export {
  AbortError,
  AigError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  ValidationError,
  type CloudflareMessage,
  type ValidationIssue,
} from './errors.js';
export type { LogEntry, Logger } from './runtime/logger.js';
export type { RequestOptions } from './runtime/request-options.js';
export { DEFAULT_MAX_RETRIES, MAX_BACKOFF_MS, MAX_RETRY_AFTER_MS } from './runtime/retry-policy.js';
export type {
  CreateProviderConfigParams,
  CreateProviderConfigResult,
  DeleteProviderConfigParams,
  DeleteProviderConfigResult,
  ListProviderConfigsItem,
  ListProviderConfigsParams,
  ListProviderConfigsResult,
  UpdateProviderConfigParams,
  UpdateProviderConfigResult,
} from '../generated/operations.js';
export type { ProviderConfigsResource, Resources } from '../generated/resources.js';
export type { components, operations, paths } from '../generated/schema.js';
import type { components } from '../generated/schema.js';

/** A provider config as the API returns it: the key itself is never included, only `secret_preview`. */
export type ProviderConfig = components['schemas']['ProviderConfig'];
