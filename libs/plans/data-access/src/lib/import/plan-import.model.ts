import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ImportRowStatus {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  ERROR = 'ERROR',
}
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

@ObjectType('ImportProblem', { description: 'What is wrong with a cell of an imported file.' })
export class ImportProblemModel {
  @Field({ description: 'The cell, as a spreadsheet names it, e.g. "Actions!H7".' })
  cell!: string;

  @Field()
  message!: string;
}

@ObjectType('ImportRow', {
  description: 'What importing one row of the file does, or why it cannot.',
})
export class ImportRowModel {
  @Field(() => Int, { description: "The row's number in the file (the headings are row 1)." })
  row!: number;

  @Field()
  reference!: string;

  @Field(() => ImportRowStatus)
  status!: ImportRowStatus;

  @Field(() => [String], { description: 'For a changed action, the fields that change.' })
  changes!: string[];

  @Field(() => [ImportProblemModel])
  problems!: ImportProblemModel[];
}

@ObjectType('PlanImport', {
  description: "A plan file's rows checked, and whether they were written.",
})
export class PlanImportModel {
  @Field()
  fileName!: string;

  @Field(() => [ImportRowModel])
  rows!: ImportRowModel[];

  @Field(() => Int)
  newCount!: number;

  @Field(() => Int)
  changedCount!: number;

  @Field(() => Int)
  unchangedCount!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field({ description: 'True once the rows are written; a preview writes nothing.' })
  imported!: boolean;
}

/** What importing these rows would do, counted by outcome; `imported` until written. */
export function importResult(fileName: string, rows: ImportRowModel[]): PlanImportModel {
  const count = (status: ImportRowStatus) => rows.filter((row) => row.status === status).length;
  return {
    fileName,
    rows,
    newCount: count(ImportRowStatus.NEW),
    changedCount: count(ImportRowStatus.CHANGED),
    unchangedCount: count(ImportRowStatus.UNCHANGED),
    errorCount: count(ImportRowStatus.ERROR),
    imported: false,
  };
}
