/**
 * Emits generated/resources.ts: one interface and factory per resource (a tag of the spec), grouping the
 * operation functions as methods, and `createResources`, which the client spreads into itself.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { ClientPlan, MethodPlan, ResourcePlan } from '../plan/client-plan.js';
import { banner } from './banner.js';
import { docText } from './doc-comment.js';
import { methodDocs } from './emit-operations.js';
import { importDecl, printFile } from './ts-project.js';


function resourceStatements(r: ResourcePlan): (StatementStructures | string)[] {
  const members = r.methods.flatMap((m) => {
    const params = { name: 'params', type: `${m.typeBase}Params`, hasQuestionToken: m.paramsOptional };
    const options = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };
    const own = { name: m.name, docs: methodDocs(m, r.property), parameters: [params, options], returnType: `Promise<${m.typeBase}Result>` };
    if (!m.pagination) return [own];
    return [
      own,
      {
        name: m.pagination.allName,
        docs: [{ description: docText(`Every item of every page of \`${r.property}.${m.name}\`, fetched page by page as the loop asks for more.`, 'Stops on an empty or short page, or at the total count, without asking for a page it knows is empty.'), tags: [{ tagName: 'example', text: `for await (const item of client.${r.property}.${m.pagination.allName}({ ... })) console.log(item);` }] }],
        parameters: [params, options],
        returnType: `AsyncGenerator<${m.typeBase}Item, void, undefined>`,
      },
    ];
  });
  const iface: StatementStructures = { kind: StructureKind.Interface, leadingTrivia: '\n', isExported: true, name: r.typeName, docs: [docText(r.description) || `The \`${r.property}\` operations.`], methods: members };
  const entries = r.methods.flatMap((m) => {
    const bind = (name: string, fn: string) => `${name}: (params, options) => ${fn}(ctx, params, options)`;
    return m.pagination ? [bind(m.name, m.functionName), bind(m.pagination.allName, `${m.functionName}All`)] : [bind(m.name, m.functionName)];
  });
  return [iface, {
    kind: StructureKind.Function,
    leadingTrivia: '\n',
    isExported: true,
    name: r.factoryName,
    docs: [`Binds the \`${r.property}\` operations to a client context.`],
    parameters: [{ name: 'ctx', type: 'ClientContext' }],
    returnType: r.typeName,
    statements: (w) => {
      w.write('return {').newLine();
      w.indent(() => entries.forEach((e) => w.write(`${e},`).newLine()));
      w.write('};');
    },
  }];
}

export function emitResources(plan: ClientPlan, source: string): string {
  const statements: (StatementStructures | string)[] = [];
  const methods = plan.resources.flatMap((r) => r.methods);
  const values = methods.flatMap((m) => (m.pagination ? [m.functionName, `${m.functionName}All`] : [m.functionName]));
  const types = methods.flatMap((m) => [`${m.typeBase}Params`, `${m.typeBase}Result`, ...(m.pagination ? [`${m.typeBase}Item`] : [])]);
  statements.push(importDecl('../src/runtime/context.js', ['ClientContext'], true));
  statements.push(importDecl('../src/runtime/request-options.js', ['RequestOptions'], true));
  statements.push(importDecl('./operations.js', [...values.sort(), ...types.sort().map((t) => ({ name: t, isTypeOnly: true }))]));
  for (const r of plan.resources) statements.push(...resourceStatements(r));
  statements.push({
    kind: StructureKind.Interface,
    leadingTrivia: '\n',
    isExported: true,
    name: 'Resources',
    docs: [`Every resource of ${plan.title} ${plan.version}.`],
    properties: plan.resources.map((r) => ({ name: r.property, type: r.typeName, isReadonly: true, docs: [docText(r.description) || `The \`${r.property}\` operations.`] })),
  });
  statements.push({
    kind: StructureKind.Function,
    leadingTrivia: '\n',
    isExported: true,
    name: 'createResources',
    docs: ['Binds every resource to a client context.'],
    parameters: [{ name: 'ctx', type: 'ClientContext' }],
    returnType: 'Resources',
    statements: (w) => {
      w.write('return {').newLine();
      w.indent(() => plan.resources.forEach((r) => w.write(`${r.property}: ${r.factoryName}(ctx),`).newLine()));
      w.write('};');
    },
  });
  return printFile('resources.ts', statements, banner(source));
}
