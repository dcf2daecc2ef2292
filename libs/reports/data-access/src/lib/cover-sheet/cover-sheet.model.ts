import { Field, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { BilingualLayout, PaperImpact, PaperPurpose } from '@cynnydd/shared/domain';

import type { BoardPaperSettings } from './board-paper-settings.entity';
import type { CoverSheet } from './cover-sheet';

@ObjectType('CoverSheetImpact')
export class CoverSheetImpactModel {
  @Field(() => PaperImpact) impact!: PaperImpact;
  @Field(() => BilingualTextModel) text!: BilingualTextModel;
}

@ObjectType('CoverSheet', { description: 'A board paper’s cover sheet (NHS Wales, SBAR style).' })
export class CoverSheetModel {
  @Field(() => BilingualTextModel, {
    description: 'Used when no meeting has the report on its agenda.',
  })
  meetingName!: BilingualTextModel;
  @Field(() => String, { nullable: true }) meetingDate!: string | null;
  @Field(() => String, { nullable: true }) agendaItem!: string | null;
  @Field(() => String, { nullable: true }) author!: string | null;
  @Field(() => String, { nullable: true }) executiveSponsor!: string | null;
  @Field(() => String, { nullable: true }) presenter!: string | null;
  @Field(() => PaperPurpose) purpose!: PaperPurpose;
  @Field(() => BilingualTextModel, { description: '"The Board is asked to: …"' })
  recommendation!: BilingualTextModel;
  @Field(() => BilingualTextModel, { description: 'The situation and the assessment.' })
  summary!: BilingualTextModel;
  @Field(() => BilingualTextModel) strategicObjectives!: BilingualTextModel;
  @Field(() => [CoverSheetImpactModel], { description: 'Every impact, in the order boards read.' })
  impacts!: CoverSheetImpactModel[];
}

@ObjectType('BoardPaperSettings', { description: 'Defaults every new board paper starts from.' })
export class BoardPaperSettingsModel {
  @Field(() => CoverSheetModel) coverSheet!: CoverSheetModel;
  @Field(() => BilingualTextModel, { description: 'Printed on every page.' })
  classification!: BilingualTextModel;
  @Field(() => BilingualLayout) layout!: BilingualLayout;
  @Field(() => Int) version!: number;
}

export function toCoverSheetModel(sheet: CoverSheet): CoverSheetModel {
  return {
    meetingName: toBilingualModel(sheet.meeting.name),
    meetingDate: sheet.meeting.date,
    agendaItem: sheet.meeting.agendaItem,
    author: sheet.author,
    executiveSponsor: sheet.executiveSponsor,
    presenter: sheet.presenter,
    purpose: sheet.purpose,
    recommendation: toBilingualModel(sheet.recommendation),
    summary: toBilingualModel(sheet.summary),
    strategicObjectives: toBilingualModel(sheet.strategicObjectives),
    impacts: Object.values(PaperImpact).map((impact) => ({
      impact,
      text: toBilingualModel(sheet.impacts[impact] ?? { en: null, cy: null }),
    })),
  };
}

export function toBoardPaperSettingsModel(settings: BoardPaperSettings): BoardPaperSettingsModel {
  return {
    coverSheet: toCoverSheetModel(settings.coverSheet),
    classification: toBilingualModel(settings.classification),
    layout: settings.layout,
    version: settings.version,
  };
}
