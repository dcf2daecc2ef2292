import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { getVariableValues, printSchema, type GraphQLError, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Distinct documents kept compiled; the dashboard sends a few dozen. */
const COMPILED_DOCUMENTS = 500;

/** graphql-js's limit on variable errors reported, which it then says it reached. */
const MAX_VARIABLE_ERRORS = 50;

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the resolver's error had none,
 * where Apollo expects an object: the same error, seen through one that has them.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  return error.extensions
    ? error
    : Object.create(error, { extensions: { value: {}, enumerable: true } });
}

/**
 * Executes each operation with graphql-jit, which compiles a document once into a JavaScript
 * function that builds its answer, instead of graphql-js walking the document field by field on
 * every request (ADR 7). Apollo Server takes another executor only from a gateway (its v4
 * migration guide), so this is a gateway serving the schema Nest built, and nothing else: Apollo
 * still parses, validates, runs the plugins and formats the errors.
 */
export class CompiledQueryExecutor implements GatewayInterface {
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  /** By query hash and operation name, as Apollo keeps parsed documents by query hash. */
  private readonly compiled = new LRUCache<string, CompiledQuery>({ max: COMPILED_DOCUMENTS });

  constructor(private readonly schema: GraphQLSchema) {}

  /** How many operations are kept compiled (for tests and monitoring). */
  get size() {
    return this.compiled.size;
  }

  async load() {
    const schemaContext = { apiSchema: this.schema, coreSupergraphSdl: printSchema(this.schema) };
    for (const listener of this.listeners) listener(schemaContext);
    return { executor: this.execute };
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  async stop() {
    this.compiled.clear();
  }

  private readonly execute: GatewayExecutor = async ({
    document,
    operation,
    queryHash,
    operationName,
    request,
    context,
  }) => {
    const variables = request.variables ?? {};
    // Ill-typed variables are refused by graphql-js first: its errors name the variable's node
    // and the offending path, which Apollo reads as BAD_USER_INPUT and formatGraphQLError as the
    // error's field; graphql-jit's say the same in other words. Coercing twice costs little.
    const coercion = getVariableValues(
      this.schema,
      operation.variableDefinitions ?? [],
      variables,
      {
        maxErrors: MAX_VARIABLE_ERRORS,
      },
    );
    if (coercion.errors) return { errors: coercion.errors };
    const key = `${queryHash}:${operationName ?? ''}`;
    let query = this.compiled.get(key);
    if (!query) {
      const compiled = compileQuery(this.schema, document, operationName ?? undefined);
      // Not compiled: the errors say why (Apollo validated the document, so this is rare).
      if (!isCompiledQuery(compiled)) return compiled;
      this.compiled.set(key, (query = compiled));
    }
    const result = await query.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(withExtensions) } : result;
  };
}

/** Nest's Apollo driver with the schema it built served by a CompiledQueryExecutor. */
@Injectable()
export class CompiledQueryApolloDriver extends ApolloDriver {
  override start(options: ApolloDriverConfig & { schema?: GraphQLSchema }) {
    if (!options.schema) throw new Error('CompiledQueryApolloDriver needs the built schema');
    return super.start({
      ...options,
      gateway: new CompiledQueryExecutor(options.schema),
    } as ApolloDriverConfig);
  }
}
