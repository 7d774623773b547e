/**
 * Starts one Prism mock from spec/openapi.yaml on a free loopback port for the whole run, and stops it after.
 * Tests read its URL with `inject('prismUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { startPrism, type PrismProcess } from '../../scripts/mock/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismUrl: string;
  }
}

let prism: PrismProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  prism = await startPrism('spec/openapi.yaml');
  project.provide('prismUrl', prism.url);
}

export async function teardown(): Promise<void> {
  await prism?.stop();
}
