import { ApolloServer, type GraphQLResponse } from '@apollo/server';
import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFormattedError,
} from 'graphql';

import { formatGraphQLError } from '../errors/format-error';
import { CompiledQueryExecutor } from './compiled-query.driver';

const Rag = new GraphQLEnumType({
  name: 'Rag',
  values: { RED: { value: 'red' }, GREEN: { value: 'green' } },
});
/** Stands in for the app's custom scalars: a Date out, an ISO day in the answer. */
const Day = new GraphQLScalarType({
  name: 'Day',
  serialize: (value) => (value as Date).toISOString().slice(0, 10),
});
const Milestone = new GraphQLObjectType({
  name: 'Milestone',
  fields: { title: { type: GraphQLString }, due: { type: Day } },
});
const Action = new GraphQLObjectType({
  name: 'Action',
  fields: {
    id: { type: new GraphQLNonNull(GraphQLString) },
    rag: { type: Rag },
    milestones: {
      type: new GraphQLList(Milestone),
      resolve: async (action: { id: string }) => [
        { title: `${action.id} first`, due: new Date('2026-06-30') },
        { title: null, due: new Date('2027-03-31') },
      ],
    },
    failing: {
      type: GraphQLString,
      resolve: () => {
        throw new Error('connection reset by peer');
      },
    },
    refused: {
      type: GraphQLString,
      resolve: () => {
        throw new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } });
      },
    },
  },
});
const ActionFilter = new GraphQLInputObjectType({
  name: 'ActionFilter',
  fields: { rag: { type: Rag }, first: { type: new GraphQLNonNull(GraphQLInt) } },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      actions: {
        type: new GraphQLList(Action),
        args: { filter: { type: new GraphQLNonNull(ActionFilter) } },
        resolve: (_root, { filter }: { filter: { rag?: string; first: number } }) =>
          [
            { id: 'a1', rag: 'red' },
            { id: 'a2', rag: 'green' },
            { id: 'a3', rag: null },
          ]
            .filter((action) => !filter.rag || action.rag === filter.rag)
            .slice(0, filter.first),
      },
      echo: {
        type: GraphQLString,
        args: { text: { type: new GraphQLNonNull(GraphQLString) } },
        resolve: (_root, { text }: { text: string }) => text,
      },
    },
  }),
});

const ACTIONS = `query Actions($filter: ActionFilter!, $withMilestones: Boolean!) {
  actions(filter: $filter) {
    __typename id colour: rag ...Plan @include(if: $withMilestones)
  }
}
fragment Plan on Action { milestones { title due } }
query Red { actions(filter: { rag: RED, first: 1 }) { id } }`;

/** The app's formatError, logging nothing. */
const formatError = (formatted: GraphQLFormattedError, error: unknown) =>
  formatGraphQLError(formatted, error, () => undefined);

describe('CompiledQueryExecutor', () => {
  let servers: ApolloServer[];

  beforeAll(async () => {
    servers = [
      new ApolloServer({ schema, formatError }),
      new ApolloServer({ gateway: new CompiledQueryExecutor(schema), formatError }),
    ];
    await Promise.all(servers.map((server) => server.start()));
  });
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  /** The answer of graphql-js's execution and that of the compiled one. */
  const bothAnswer = (
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<GraphQLResponse['body'][]> =>
    Promise.all(
      servers.map(
        async (server) => (await server.executeOperation({ query, variables, operationName })).body,
      ),
    );

  it('answers as graphql-js does: aliases, fragments, directives, enums, scalars and lists', async () => {
    for (const variables of [
      { filter: { first: 3 }, withMilestones: true },
      { filter: { rag: 'GREEN', first: 3 }, withMilestones: false },
    ]) {
      const [interpreted, jit] = await bothAnswer(ACTIONS, variables, 'Actions');
      expect(jit).toEqual(interpreted);
      expect(jit).toMatchObject({
        kind: 'single',
        singleResult: {
          data: {
            actions: expect.arrayContaining([expect.objectContaining({ __typename: 'Action' })]),
          },
        },
      });
    }
    const [interpreted, jit] = await bothAnswer(ACTIONS, undefined, 'Red');
    expect(jit).toEqual(interpreted);
  });

  it('keeps literals in the document as data, never as code', async () => {
    const hostile = '"); process.exit(1); ("\\u0041 ${process.pid} \\\\ */ // <script>';
    const query = `{ echo(text: ${JSON.stringify(hostile)}) block: echo(text: """${hostile}
""") }`;
    const [interpreted, jit] = await bothAnswer(query);
    expect(jit).toEqual(interpreted);
    expect(jit).toMatchObject({
      singleResult: { data: { echo: hostile, block: expect.stringContaining('process.exit(1)') } },
    });
  });

  it("reports a resolver's error as graphql-js does, with its code, path and place", async () => {
    const query = '{ actions(filter: { first: 1 }) { id failing refused } }';
    const [interpreted, jit] = await bothAnswer(query);
    expect(jit).toEqual(interpreted);
    expect(jit).toMatchObject({
      singleResult: {
        data: { actions: [{ id: 'a1', failing: null, refused: null }] },
        errors: [
          {
            message: 'Something went wrong on our side. Please try again.',
            path: ['actions', 0, 'failing'],
            locations: [{ line: 1, column: 38 }],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
          { message: 'Not yours', extensions: { code: 'FORBIDDEN' } },
        ],
      },
    });
  });

  it("refuses ill-typed variables with graphql-js's errors: bad user input, naming the field", async () => {
    const [interpreted, jit] = await bothAnswer(
      ACTIONS,
      { filter: { rag: 'AMBER', first: 1.5 }, withMilestones: true },
      'Actions',
    );
    expect(jit).toEqual(interpreted);
    expect(jit).toMatchObject({
      singleResult: {
        errors: [
          { extensions: { code: 'BAD_USER_INPUT', field: 'rag' } },
          { extensions: { code: 'BAD_USER_INPUT', field: 'first' } },
        ],
      },
    });
    expect((jit as { singleResult: object }).singleResult).not.toHaveProperty('data');
  });

  it('compiles each operation of a document once', async () => {
    const executor = new CompiledQueryExecutor(schema);
    const server = new ApolloServer({ gateway: executor });
    await server.start();
    for (const first of [1, 2, 3])
      await server.executeOperation({
        query: ACTIONS,
        variables: { filter: { first }, withMilestones: true },
        operationName: 'Actions',
      });
    expect(executor.size).toBe(1);
    await server.executeOperation({ query: ACTIONS, operationName: 'Red' });
    expect(executor.size).toBe(2);
    await server.stop();
  });

  it("passes the status the gateway's executor sets back to each request's response", async () => {
    const seen: { status?: number }[] = [];
    const server = new ApolloServer({
      gateway: {
        load: async () => ({
          executor: async ({ response }) => {
            const http = response?.http;
            if (!http) throw new Error('Apollo handed the gateway no response');
            seen.push(http);
            http.status = 203;
            return { data: { ok: true } };
          },
        }),
        onSchemaLoadOrUpdate: (callback) => {
          callback({ apiSchema: schema, coreSupergraphSdl: '' });
          return () => undefined;
        },
        stop: async () => undefined,
      },
    });
    await server.start();
    const statuses = [];
    for (let i = 0; i < 2; i++) {
      statuses.push((await server.executeOperation({ query: '{ __typename }' })).http.status);
    }
    await server.stop();
    expect(statuses).toEqual([203, 203]);
    expect(seen).toHaveLength(2);
  });
});
