import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';

import type { RequestWithActor } from '../auth/access.decorators';
import { Clock } from '../time/clock';
import { ChangeChannel, DataChangeFeed } from './data-change-feed';
import type { GraphQLContext } from './request-loaders';
import { RevisionCache } from './revision-cache';

/** Root query fields whose answers may be served again from the response cache. */
const CACHEABLE_ROOT_FIELDS = new Set<string>();

/**
 * Marks a root query as cacheable: its answer depends only on the programme's data, the person
 * asking and today's date. The method's name must be the field's name.
 */
export function CacheableQuery(): MethodDecorator {
  return (_target, key) => {
    CACHEABLE_ROOT_FIELDS.add(String(key));
  };
}

function isCacheable(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === 'Field' &&
        !selection.directives?.length &&
        CACHEABLE_ROOT_FIELDS.has(selection.name.value),
    )
  );
}

const MAX_CACHED_BYTES = 64 * 2 ** 20;

/**
 * Answers' data, already written as the response body (large answers cost ~1 ms to write): the
 * answer being sent, and each cached answer's stand-in.
 */
const cachedBodies = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: a cached answer goes out as the body written when it was cached;
 * anything else as Apollo would write it.
 */
export function stringifyResult(result: FormattedExecutionResult): string {
  const body = !result.errors && !result.extensions && result.data && cachedBodies.get(result.data);
  return body || `${JSON.stringify(result)}\n`;
}

/**
 * Serves a cacheable query's last answer again while no data has changed: the overview is read
 * far more often than a round's updates arrive, and rebuilding it means every action of the plan.
 * Answers are kept per person (fields such as "can I report on this" depend on who asks), per
 * day (overdue depends on it) and per data revision (DataChangeFeed), so a change committed on
 * any instance retires them. The revision is read before the answer is built, so an answer
 * built while a change commits is filed under the old revision and never served after it.
 */
@Plugin()
export class ResponseCachePlugin implements ApolloServerPlugin<GraphQLContext> {
  /**
   * Only each answer's body is kept, behind a stand-in for its data: the answer's objects take
   * several times the body's memory, and `maxSize` counted only the body (an instance building
   * overviews anew grew to 1 GB resident, 420 MB keeping bodies only; docs/performance.md).
   */
  private readonly answers: RevisionCache<FormattedExecutionResult>;

  constructor(
    private readonly feed: DataChangeFeed,
    private readonly clock: Clock,
  ) {
    this.answers = new RevisionCache(feed, ChangeChannel.Data, { maxSize: MAX_CACHED_BYTES });
  }

  /** How many answers are kept (for tests and monitoring). */
  get size(): number {
    return this.answers.size;
  }

  async requestDidStart(): Promise<GraphQLRequestListener<GraphQLContext>> {
    const revision = this.answers.revision();
    let key: string | null = null;
    let served = false;
    let mutation = false;
    return {
      responseForOperation: async ({ operation, request, contextValue }) => {
        mutation = operation.operation === 'mutation';
        const actor = (contextValue.req as RequestWithActor).actor;
        if (revision === null || !actor || !isCacheable(operation)) return null;
        key = createHash('sha256')
          .update(
            JSON.stringify([
              this.clock.today(),
              actor.userId,
              actor.role,
              request.query,
              request.operationName ?? null,
              request.variables ?? {},
            ]),
          )
          .digest('base64url');
        const answer = this.answers.get(revision, key);
        if (!answer) return null;
        served = true;
        return {
          http: { status: undefined, headers: new HeaderMap() },
          body: { kind: 'single', singleResult: answer },
        };
      },
      willSendResponse: async ({ response }) => {
        // Answers are personal: no browser or proxy may keep them (Apollo's cache-control
        // plugin, which used to say so, is off).
        response.http.headers.set('cache-control', 'private, no-store');
        if (mutation) this.feed.markChanged(ChangeChannel.Data);
        if (!key || served || response.body.kind !== 'single') return;
        const answer = response.body.singleResult;
        if (answer.errors?.length || !answer.data || answer.extensions) return;
        const body = `${JSON.stringify({ data: answer.data })}\n`;
        cachedBodies.set(answer.data, body);
        const standIn = {};
        cachedBodies.set(standIn, body);
        // UTF-16 at most: Welsh's ŵ and ŷ make a string two bytes a character.
        this.answers.set(revision, key, { data: standIn }, body.length * 2);
      },
    };
  }
}

/** The response cache; DataChangeFeedModule's feed retires its answers. */
@Module({ providers: [ResponseCachePlugin] })
export class ResponseCacheModule {}
