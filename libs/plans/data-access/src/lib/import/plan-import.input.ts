import { Field, InputType } from '@nestjs/graphql';
import { IsBase64, IsString, Matches, MaxLength } from 'class-validator';

import { MAX_IMPORT_BYTES } from './sheet';

/** An uploaded spreadsheet, as every import takes it. */
@InputType()
export class ImportFileInput {
  @Field({ description: 'The name of the uploaded file, ending .xlsx or .csv.' })
  @IsString()
  @MaxLength(255)
  @Matches(/\.(xlsx|csv)$/i, { message: 'must end .xlsx or .csv' })
  fileName!: string;

  @Field({ description: "The file's bytes in base64." })
  @IsBase64()
  // Base64 takes four characters for every three bytes.
  @MaxLength(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { message: 'is larger than 2 MB' })
  contentBase64!: string;
}

@InputType()
export class PlanImportInput extends ImportFileInput {
  @Field({ description: 'The plan\'s financial year, e.g. "2026-27".' })
  @Matches(/^\d{4}-\d{2}$/, { message: 'must be a financial year such as 2026-27' })
  financialYear!: string;
}
