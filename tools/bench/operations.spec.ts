import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';

import { OPERATIONS } from './operations';

const schema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.gql'), 'utf8'));

describe('the benchmark’s operations', () => {
  it.each(OPERATIONS.map((operation) => [operation.name, operation]))(
    '%s is a valid document for the API’s schema',
    (_name, operation) => {
      const errors = [0, 1].flatMap((request) =>
        validate(schema, parse(operation.query(request))).map((error) => error.message),
      );
      expect(errors).toEqual([]);
    },
  );
});
