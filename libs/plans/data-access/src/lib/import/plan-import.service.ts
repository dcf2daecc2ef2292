import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { badUserInput, DomainError, validateInput, type FieldProblem } from '@cynnydd/server/core';
import { LeadOrganisation, Theme, type Actor } from '@cynnydd/shared/domain';
import { StrategyService, type StrategicArea } from '@cynnydd/strategy/data-access';

import { ActionOwner } from '../action-owner.entity';
import { Action } from '../action.entity';
import { ActionsService } from '../actions.service';
import { CreateActionInput, UpdateActionInput } from '../dto/action.inputs';
import { PlansService } from '../plans.service';
import type { PlanImportInput } from './plan-import.input';
import {
  importResult,
  ImportRowStatus,
  type ImportRowModel,
  type PlanImportModel,
} from './plan-import.model';
import { readActionRows, type ActionColumn, type ActionRow } from './plan-sheet';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which column an input field of the action services came from, to point at the cell. */
function columnOf(field: string): ActionColumn {
  const [head, language] = field.split('.');
  const bilingual: Record<string, [ActionColumn, ActionColumn]> = {
    title: ['titleEn', 'titleCy'],
    description: ['descriptionEn', 'descriptionCy'],
  };
  if (head in bilingual) return bilingual[head][language === 'cy' ? 1 : 0];
  const direct: Record<string, ActionColumn> = {
    areaId: 'area',
    leadOrganisation: 'lead',
    ownerIds: 'owners',
    startDate: 'startDate',
    dueDate: 'dueDate',
    themes: 'themes',
    milestones: 'milestones',
  };
  return direct[head] ?? 'reference';
}

function list(value: string): string[] {
  return value
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Thrown to roll back a run that only previews, or that found errors. */
class RolledBack extends Error {}

interface Lookups {
  areas: Map<number, StrategicArea>;
  people: Map<string, string>;
  existing: Map<string, { action: Action; ownerIds: string[] }>;
}

/**
 * Brings a plan's actions in from a spreadsheet: every row checked by the same rules as an
 * action typed into the dashboard (the inputs' validation and the actions service itself, each
 * row in a savepoint), then all written in one transaction, or nothing.
 */
@Injectable()
export class PlanImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansService,
    private readonly actions: ActionsService,
    private readonly strategy: StrategyService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
  ) {}

  preview(actor: Actor, input: PlanImportInput): Promise<PlanImportModel> {
    return this.run(actor, input, false);
  }

  async import(actor: Actor, input: PlanImportInput): Promise<PlanImportModel> {
    const result = await this.run(actor, input, true);
    if (result.errorCount > 0) {
      throw badUserInput('file', `has ${result.errorCount} rows with errors: nothing was imported`);
    }
    return result;
  }

  private async run(
    actor: Actor,
    input: PlanImportInput,
    commit: boolean,
  ): Promise<PlanImportModel> {
    const plan = await this.plans.getPlanByYear(input.financialYear, 'financialYear');
    const rows = await readActionRows(input.fileName, Buffer.from(input.contentBase64, 'base64'));
    let result: PlanImportModel | undefined;
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.plans.getEditablePlan(plan.id, 'financialYear', manager);
        const lookups = await this.lookups(manager, plan.id, rows);
        const seen = new Set<string>();
        const outcomes: ImportRowModel[] = [];
        for (const row of rows) {
          outcomes.push(await this.row(manager, actor, plan.id, row, lookups, seen));
        }
        result = importResult(input.fileName, outcomes);
        if (!commit || result.errorCount > 0) throw new RolledBack();
        await this.audit.record(manager, actor, {
          action: AuditAction.CREATE,
          entityType: 'PlanImport',
          entityId: plan.id,
          after: {
            fileName: input.fileName,
            rows: rows.length,
            new: result.newCount,
            changed: result.changedCount,
            unchanged: result.unchangedCount,
          },
        });
        result.imported = true;
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
    return result as PlanImportModel;
  }

  private async lookups(
    manager: EntityManager,
    planId: string,
    rows: ActionRow[],
  ): Promise<Lookups> {
    const emails = [...new Set(rows.flatMap((row) => list(row.values.owners)))];
    const [areas, people, actions] = await Promise.all([
      this.strategy.listAreas(),
      emails.length ? this.directory.peopleByEmail(emails) : [],
      manager.findBy(Action, { planId }),
    ]);
    const owners = actions.length
      ? await manager.find(ActionOwner, {
          where: { actionId: In(actions.map((a) => a.id)) },
          order: { position: 'ASC' },
        })
      : [];
    return {
      areas: new Map(areas.map((area) => [area.number, area])),
      people: new Map(people.map((person) => [person.email.toLowerCase(), person.id])),
      existing: new Map(
        actions.map((action) => [
          action.reference,
          {
            action,
            ownerIds: owners.filter((o) => o.actionId === action.id).map((o) => o.personId),
          },
        ]),
      ),
    };
  }

  /** One row: read, checked, and written in a savepoint so a failure leaves the others intact. */
  private async row(
    manager: EntityManager,
    actor: Actor,
    planId: string,
    row: ActionRow,
    lookups: Lookups,
    seen: Set<string>,
  ): Promise<ImportRowModel> {
    const { values } = row;
    const outcome = (
      status: ImportRowStatus,
      extra: Partial<ImportRowModel> = {},
    ): ImportRowModel => ({
      row: row.row,
      reference: values.reference,
      status,
      changes: [],
      problems: [],
      ...extra,
    });
    const problems: FieldProblem[] = [];
    const problem = (column: ActionColumn, message: string) =>
      problems.push({ field: row.cell(column), message });

    if (seen.has(values.reference))
      problem('reference', `${values.reference} is in the file more than once`);
    seen.add(values.reference);
    const area = lookups.areas.get(Number(values.area));
    if (!area)
      problem(
        'area',
        `"${values.area}" is not a strategic area's number (1 to ${lookups.areas.size})`,
      );
    const emails = list(values.owners);
    const ownerIds = emails.map((email) => lookups.people.get(email.toLowerCase()));
    emails.forEach((email, index) => {
      if (!ownerIds[index]) problem('owners', `nobody in Cynnydd has the e-mail address ${email}`);
    });
    for (const column of ['startDate', 'dueDate'] as const) {
      if (!CALENDAR_DATE.test(values[column]))
        problem(column, `"${values[column]}" is not a date (YYYY-MM-DD)`);
    }
    const themes = list(values.themes);
    for (const theme of themes) {
      if (!Object.values(Theme).includes(theme as Theme)) {
        problem('themes', `"${theme}" is not one of ${Object.values(Theme).join(', ')}`);
      }
    }
    if (!Object.values(LeadOrganisation).includes(values.lead as LeadOrganisation)) {
      problem(
        'lead',
        `"${values.lead}" is not one of ${Object.values(LeadOrganisation).join(', ')}`,
      );
    }
    const milestones = list(values.milestones.replace(/;/g, '\n')).map((line) => {
      const [dueDate = '', en = '', cy = ''] = line.split('|').map((part) => part.trim());
      if (!CALENDAR_DATE.test(dueDate))
        problem('milestones', `"${line}" does not start with a date (YYYY-MM-DD)`);
      return { dueDate, title: { en: en || null, cy: cy || null } };
    });
    if (problems.length || !area)
      return outcome(ImportRowStatus.ERROR, { problems: toProblems(problems) });

    const fields = {
      areaId: area.id,
      reference: values.reference,
      title: { en: values.titleEn || null, cy: values.titleCy || null },
      description: { en: values.descriptionEn || null, cy: values.descriptionCy || null },
      leadOrganisation: values.lead,
      ownerIds: ownerIds as string[],
      startDate: values.startDate,
      dueDate: values.dueDate,
      themes,
    };
    const existing = lookups.existing.get(values.reference);
    const changes = existing ? changedFields(existing, fields) : [];
    if (existing && changes.length === 0) return outcome(ImportRowStatus.UNCHANGED);

    await manager.query('SAVEPOINT import_row');
    try {
      if (existing) {
        const update = await validateInput(UpdateActionInput, {
          ...fields,
          id: existing.action.id,
          expectedVersion: existing.action.version,
        });
        await this.actions.updateAction(actor, update, manager);
      } else {
        const create = await validateInput(CreateActionInput, { ...fields, planId, milestones });
        await this.actions.createAction(actor, create, manager);
      }
      await manager.query('RELEASE SAVEPOINT import_row');
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      if (!(error instanceof DomainError)) throw error;
      const reported = (error.extensions['problems'] as FieldProblem[] | undefined) ?? [
        { field: String(error.extensions['field'] ?? 'reference'), message: error.message },
      ];
      return outcome(ImportRowStatus.ERROR, {
        problems: reported.map(({ field, message }) => ({
          cell: row.cell(columnOf(field)),
          message,
        })),
      });
    }
    return outcome(existing ? ImportRowStatus.CHANGED : ImportRowStatus.NEW, { changes });
  }
}

function toProblems(problems: FieldProblem[]) {
  return problems.map(({ field, message }) => ({ cell: field, message }));
}

/** The fields a row would change on an action already in the plan. */
function changedFields(
  existing: { action: Action; ownerIds: string[] },
  fields: {
    areaId: string;
    title: { en: string | null; cy: string | null };
    description: { en: string | null; cy: string | null };
    leadOrganisation: string;
    ownerIds: string[];
    startDate: string;
    dueDate: string;
    themes: string[];
  },
): string[] {
  const { action, ownerIds } = existing;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const checks: [string, boolean][] = [
    ['area', action.areaId === fields.areaId],
    ['title', same([action.title.en, action.title.cy], [fields.title.en, fields.title.cy])],
    [
      'description',
      same(
        [action.description.en ?? null, action.description.cy ?? null],
        [fields.description.en, fields.description.cy],
      ),
    ],
    ['leadOrganisation', action.leadOrganisation === fields.leadOrganisation],
    ['owners', same(ownerIds, fields.ownerIds)],
    ['startDate', action.startDate === fields.startDate],
    ['dueDate', action.dueDate === fields.dueDate],
    ['themes', same([...action.themes].sort(), [...fields.themes].sort())],
  ];
  return checks.filter(([, unchanged]) => !unchanged).map(([name]) => name);
}
