import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';

import { Role } from '@cynnydd/shared/domain';

import { FixedClock } from '../time/clock';
import { ChangeChannel, type DataChangeFeed } from './data-change-feed';
import type { GraphQLContext } from './request-loaders';
import { CacheableQuery, ResponseCachePlugin, stringifyResult } from './response-cache.plugin';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

class OverviewResolver {
  /** Registers `overview` as a cacheable root field, as the app's resolvers do. */
  @CacheableQuery()
  overview() {
    return null;
  }
}

/** A feed that is listening and has seen `changes` commits. */
function feedAt(changes: { count: number }): DataChangeFeed {
  return {
    revisionOf: (channel: ChangeChannel) => (channel === ChangeChannel.Data ? changes.count : null),
    markChanged: () => (changes.count += 1),
  } as unknown as DataChangeFeed;
}

describe('ResponseCachePlugin', () => {
  let builds: number;
  /** Each answer's data as Apollo sent it, held weakly. */
  let answersSent: WeakRef<object>[];
  let server: ApolloServer<GraphQLContext>;
  const resolver = new OverviewResolver();

  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        [resolver.overview.name]: {
          type: new GraphQLList(GraphQLString),
          resolve: () => {
            builds += 1;
            return Array.from({ length: 200 }, (_, i) => `Cam gweithredu ${i} — ŵyr ac ŷd`);
          },
        },
      },
    }),
  });
  const recordAnswers: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart: async () => ({
      willSendResponse: async ({ response }) => {
        if (response.body.kind === 'single' && response.body.singleResult.data)
          answersSent.push(new WeakRef(response.body.singleResult.data));
      },
    }),
  };

  async function post(query: string): Promise<string> {
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new HeaderMap([['content-type', 'application/json']]),
        search: '',
        body: { query },
      },
      // The plugin reads only the request's actor.
      context: async () =>
        ({ req: { actor: { userId: 'u1', role: Role.LEAD } } }) as unknown as GraphQLContext,
    });
    if (response.body.kind !== 'complete') throw new Error('expected a complete body');
    return response.body.string;
  }

  beforeEach(async () => {
    builds = 0;
    answersSent = [];
    const plugin = new ResponseCachePlugin(
      feedAt({ count: 1 }),
      new FixedClock(new Date('2026-12-01T12:00:00Z')),
    );
    server = new ApolloServer({ schema, plugins: [plugin, recordAnswers], stringifyResult });
    await server.start();
  });

  afterEach(() => server.stop());

  it('serves a repeated query the body it sent, without building it again', async () => {
    const first = await post('{ overview }');
    const second = await post('{ overview }');

    expect(builds).toBe(1);
    expect(second).toBe(first);
    expect(JSON.parse(first).data.overview).toHaveLength(200);
  });

  it('keeps only the body of a cached answer, not the answer it was written from', async () => {
    await post('{ overview }');
    const [built] = answersSent;

    // A WeakRef's target lives at least until the job that made it ends.
    await new Promise((resolve) => setImmediate(resolve));
    collectGarbage();

    expect(built.deref()).toBeUndefined();
    expect(JSON.parse(await post('{ overview }')).data.overview).toHaveLength(200);
    expect(builds).toBe(1);
  });
});
