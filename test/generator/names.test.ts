import { describe, expect, it } from 'vitest';
import { camelCase, nounForms, pascalCase, safeIdentifier, withoutNoun, words } from '../../scripts/plan/names.js';

describe('words', () => {
  const cases: { given: string; want: string[] }[] = [
    { given: 'createProviderConfig', want: ['create', 'provider', 'config'] },
    { given: 'aig-config-list-providers', want: ['aig', 'config', 'list', 'providers'] },
    { given: 'provider_configs', want: ['provider', 'configs'] },
    { given: 'Provider Configs', want: ['provider', 'configs'] },
    { given: 'getHTTPResponse', want: ['get', 'http', 'response'] },
    { given: 'repos/get-by-id', want: ['repos', 'get', 'by', 'id'] },
    { given: '', want: [] },
  ];
  for (const { given, want } of cases) it(JSON.stringify(given), () => expect(words(given)).toEqual(want));
});

describe('cases and identifiers', () => {
  it('camelCase and PascalCase', () => {
    expect(camelCase(['provider', 'configs'])).toBe('providerConfigs');
    expect(pascalCase(['provider', 'configs'])).toBe('ProviderConfigs');
    expect(camelCase(['2fa', 'codes'])).toBe('_2faCodes');
  });
  it('reserved words get a suffix', () => {
    expect(safeIdentifier('delete', 'Operation')).toBe('deleteOperation');
    expect(safeIdentifier('remove', 'Operation')).toBe('remove');
  });
});

describe('withoutNoun and nounForms', () => {
  const cases: { parts: string[]; noun: string[]; want: string[] }[] = [
    { parts: ['create', 'provider', 'config'], noun: ['provider', 'config'], want: ['create'] },
    { parts: ['list', 'provider', 'configs'], noun: ['provider', 'configs'], want: ['list'] },
    { parts: ['provider', 'configs'], noun: ['provider', 'configs'], want: ['provider', 'configs'] },
    { parts: ['get', 'user'], noun: ['repos'], want: ['get', 'user'] },
  ];
  for (const { parts, noun, want } of cases) it(`${parts.join(' ')} - ${noun.join(' ')}`, () => expect(withoutNoun(parts, noun)).toEqual(want));
  it('plural and singular forms', () => {
    expect(nounForms(['provider', 'configs'])).toEqual([['provider', 'configs'], ['provider', 'config']]);
    expect(nounForms(['policies'])).toEqual([['policies'], ['policy']]);
    expect(nounForms(['data'])).toEqual([['data']]);
  });
});
