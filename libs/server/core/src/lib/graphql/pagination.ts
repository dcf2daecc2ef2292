import { applyDecorators, type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

import { PAGE_SIZE } from '@cynnydd/shared/domain';

import { badUserInput } from '../errors/domain-error';

/** A page size argument (`what, at most 100.`), PAGE_SIZE.default when not given. */
export function PageSizeField(what: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, {
      defaultValue: PAGE_SIZE.default,
      description: `${what}, at most ${PAGE_SIZE.max}.`,
    }),
    IsInt(),
    Min(1),
    Max(PAGE_SIZE.max),
  );
}

/** How many rows of a list to skip, 0 when not given. */
export function OffsetField(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { defaultValue: 0, description }),
    IsInt(),
    Min(0),
  );
}

@ArgsType()
export class PageArgs {
  @PageSizeField('Page size')
  first: number = PAGE_SIZE.default;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay-style connection type for a node type, as in the NestJS code-first samples. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType implements Connection<T> {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType as Type<Connection<T>>;
}

/**
 * Keyset position: the values of the ORDER BY columns of the last row of the previous page,
 * tagged with the ordering they belong to so a cursor cannot be replayed under another sort.
 */
export interface CursorPosition {
  ordering: string;
  values: (string | null)[];
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.ordering, ...position.values])).toString('base64url');
}

export function decodeCursor(
  cursor: string,
  ordering: string,
  length: number,
  field = 'after',
): (string | null)[] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === length + 1 &&
      value[0] === ordering &&
      value.slice(1).every((part) => part === null || typeof part === 'string')
    ) {
      return value.slice(1);
    }
  } catch {
    // fall through to the input error below
  }
  throw badUserInput(field, 'is not a cursor returned by this list with this sort order');
}
