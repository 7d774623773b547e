// Redocly plugin holding this project's own lint rules: conventions that recommended-strict does not check and that
// the generator and the runtime rely on. Plain JavaScript because Redocly loads it directly.
// Each rule is generic (no path, field or operation of the API is named here); the envelope is a rule option.

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** Every response with a body carries an `example` (or a non-empty `examples`) on each media type. */
function ResponseHasExample() {
  return {
    Response: {
      MediaType: {
        enter(mediaType, ctx) {
          const hasExamples = mediaType.examples && Object.keys(mediaType.examples).length > 0;
          if (mediaType.example === undefined && !hasExamples) {
            ctx.report({
              message: 'Every response media type needs an `example` (or `examples`): the mock serves it and the docs show it.',
              location: ctx.location.key(),
            });
          }
        },
      },
    },
  };
}

/** Every 4XX/5XX response uses the failure envelope (option `envelope`, a `$ref` target) for its JSON body. */
function ErrorResponseEnvelope(opts) {
  const envelope = opts.envelope;
  return {
    Responses: {
      enter(responses, ctx) {
        for (const [code, value] of Object.entries(responses)) {
          if (!/^[45]/.test(code)) continue;
          const where = ctx.location.child([code]);
          const response = ctx.resolve(value).node;
          const json = response?.content?.['application/json'];
          const ref = json?.schema?.$ref;
          if (!json) {
            ctx.report({ message: `Error response ${code} has no application/json body: use the failure envelope ${envelope}.`, location: where.key() });
          } else if (ref !== envelope) {
            ctx.report({ message: `Error response ${code} must use the failure envelope: its schema must be exactly { $ref: '${envelope}' }.`, location: where });
          }
        }
      },
    },
  };
}

/** Every operation states its own `security` requirements, so no operation is public by accident. */
function OperationDeclaresSecurity() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Array.isArray(operation.security) || operation.security.length === 0) {
          ctx.report({ message: 'Every operation declares `security` itself (an empty or inherited list is not enough).', location: ctx.location.key() });
        }
      },
    },
  };
}

/** operationIds are camelCase and start with a verb-like word: the generator derives method names from them. */
function OperationIdCamelCase() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (operation.operationId && !/^[a-z][a-zA-Z0-9]*$/.test(operation.operationId)) {
          ctx.report({ message: `operationId "${operation.operationId}" must be camelCase (letters and digits, starting lower-case).`, location: ctx.location.child('operationId') });
        }
      },
    },
  };
}

/** Fields whose names say they hold a credential are `writeOnly`, so no response can echo them. */
function SecretFieldsWriteOnly(opts) {
  const pattern = new RegExp(opts.names ?? '^(secret|password|api_key|token)$');
  return {
    Schema: {
      enter(schema, ctx) {
        for (const [name, prop] of Object.entries(schema.properties ?? {})) {
          if (!pattern.test(name)) continue;
          const resolved = ctx.resolve(prop).node;
          if (resolved && resolved.writeOnly !== true) {
            ctx.report({ message: `Property "${name}" holds a credential: mark it \`writeOnly: true\`.`, location: ctx.location.child(['properties', name]) });
          }
        }
      },
    },
  };
}

/** Paginated operations (`x-pagination`) name query parameters that exist on the operation. */
function PaginationParamsExist() {
  return {
    PathItem: {
      enter(pathItem, ctx) {
        const shared = (pathItem.parameters ?? []).map((p) => ctx.resolve(p).node);
        for (const [method, operation] of Object.entries(pathItem)) {
          if (!HTTP_METHODS.has(method) || !operation['x-pagination']) continue;
          const own = (operation.parameters ?? []).map((p) => ctx.resolve(p).node);
          const query = new Set([...shared, ...own].filter((p) => p?.in === 'query').map((p) => p.name));
          const { page, per_page: perPage } = operation['x-pagination'];
          for (const name of [page, perPage]) {
            if (!query.has(name)) {
              ctx.report({ message: `x-pagination names the query parameter "${name}", which the operation does not have.`, location: ctx.location.child([method, 'x-pagination']) });
            }
          }
        }
      },
    },
  };
}

export default function conventionsPlugin() {
  return {
    id: 'aig',
    rules: {
      oas3: {
        'response-has-example': ResponseHasExample,
        'error-response-envelope': ErrorResponseEnvelope,
        'operation-declares-security': OperationDeclaresSecurity,
        'operation-id-camel-case': OperationIdCamelCase,
        'secret-fields-write-only': SecretFieldsWriteOnly,
        'pagination-params-exist': PaginationParamsExist,
      },
    },
  };
}
