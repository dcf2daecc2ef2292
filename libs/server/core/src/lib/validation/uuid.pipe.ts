import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

import { badUserInput } from '../errors/domain-error';

/** Validates a scalar id argument, reporting the argument's own name as the field. */
@Injectable()
export class UuidPipe implements PipeTransform<string | null | undefined> {
  transform(value: string | null | undefined, metadata: ArgumentMetadata) {
    if (value != null && !isUUID(value))
      throw badUserInput(metadata.data ?? 'id', 'must be a UUID');
    return value?.toLowerCase();
  }
}
