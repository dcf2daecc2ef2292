import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

/** Every property of `input` that fails `type`'s validation, nested ones as dotted paths. */
export async function invalidProperties(type: new () => object, input: object): Promise<string[]> {
  const paths = (errors: ValidationError[], prefix = ''): string[] =>
    errors.flatMap((error) =>
      error.children?.length
        ? paths(error.children, `${prefix}${error.property}.`)
        : [`${prefix}${error.property}`],
    );
  return paths(await validate(plainToInstance(type, input)));
}
