import { Args, ID, Query, Resolver } from '@nestjs/graphql';

import {
  CurrentActor,
  forbidden,
  listComplexity,
  RequirePermission,
  UuidPipe,
} from '@cynnydd/server/core';
import { hasPermission, PAGE_SIZE, Permission, type Actor } from '@cynnydd/shared/domain';

import { AuditEntryConnection, AuditEntryModel, toAuditEntryModel } from './audit-entry.model';
import { AuditLogArgs } from './audit.args';
import { AuditService } from './audit.service';

const ADMIN_ONLY_TYPES = new Set(['User']);

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEntryModel], {
    description:
      'The history of changes to one record (e.g. an Action or AnnualPlan), newest first.',
  })
  @RequirePermission(Permission.READ)
  async auditTrail(
    @Args('entityType') entityType: string,
    @Args('entityId', { type: () => ID }, UuidPipe) entityId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AuditEntryModel[]> {
    // Accounts are administrators' business; the programme's records are everyone's.
    if (ADMIN_ONLY_TYPES.has(entityType) && !hasPermission(actor.role, Permission.READ_AUDIT_LOG)) {
      throw forbidden();
    }
    return (await this.audit.trail(entityType, entityId)).map(toAuditEntryModel);
  }

  @Query(() => [String], { description: 'The record types that have audit entries.' })
  @RequirePermission(Permission.READ_AUDIT_LOG)
  auditRecordTypes(): Promise<string[]> {
    return this.audit.entityTypes();
  }

  @Query(() => AuditEntryConnection, {
    description: 'Every recorded change, newest first.',
    complexity: listComplexity(PAGE_SIZE.default),
  })
  @RequirePermission(Permission.READ_AUDIT_LOG)
  async auditLog(@Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    const page = await this.audit.log(args);
    return {
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: toAuditEntryModel(node) })),
    };
  }
}
