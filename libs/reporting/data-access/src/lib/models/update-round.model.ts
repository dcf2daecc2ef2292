import { Field, Int, ObjectType } from '@nestjs/graphql';

import { OrganisationModel, PersonModel } from '@cynnydd/directory/data-access';
import { ExpectedFigureModel } from '@cynnydd/measures/data-access';
import { ActionModel } from '@cynnydd/plans/data-access';
import { RiskModel } from '@cynnydd/risks/data-access';
import { StrategicAreaModel } from '@cynnydd/strategy/data-access';

import { ReportingPeriodModel } from './reporting-period.model';

@ObjectType('RoundProgress', { description: 'Updates a period calls for, and how many are in.' })
export class RoundProgressModel {
  @Field(() => Int) expected = 0;
  @Field(() => Int) updated = 0;
  @Field(() => Int) outstanding = 0;
}

@ObjectType('AreaRoundProgress')
export class AreaRoundProgressModel {
  @Field(() => StrategicAreaModel) area!: StrategicAreaModel;
  @Field(() => RoundProgressModel) progress!: RoundProgressModel;
}

@ObjectType('OrganisationRoundProgress', {
  description: 'Actions with an owner or delegate in the organisation.',
})
export class OrganisationRoundProgressModel {
  @Field(() => OrganisationModel) organisation!: OrganisationModel;
  @Field(() => RoundProgressModel) progress!: RoundProgressModel;
}

@ObjectType('PersonRoundProgress', { description: 'Actions the person owns or is delegated.' })
export class PersonRoundProgressModel {
  @Field(() => PersonModel) person!: PersonModel;
  @Field(() => RoundProgressModel) progress!: RoundProgressModel;
}

/** What a round asks of owners beyond their updates (figures, risk reviews): overall and per owner. */
@ObjectType({ isAbstract: true })
export abstract class OwnerRoundModel {
  @Field(() => RoundProgressModel) overall!: RoundProgressModel;
  @Field(() => [PersonRoundProgressModel], {
    description: 'Owners, most outstanding first, then by name.',
  })
  people!: PersonRoundProgressModel[];
}

@ObjectType('FigureRound', {
  description: "Measures' figures the round asks for (periods that ended the quarter before).",
})
export class FigureRoundModel extends OwnerRoundModel {
  @Field(() => [ExpectedFigureModel], { description: 'Figures not yet given, by reference.' })
  outstanding!: ExpectedFigureModel[];
}

@ObjectType('RiskReviewRound', {
  description:
    "Risk reviews the round asks for: open risks due for review by the round's update deadline; `updated` counts those reviewed since the round opened.",
})
export class RiskReviewRoundModel extends OwnerRoundModel {
  @Field(() => [RiskModel], { description: 'Risks still to review, earliest due first.' })
  outstanding!: RiskModel[];
}

@ObjectType('UpdateRound', { description: "Completeness of a period's updates, live." })
export class UpdateRoundModel {
  @Field(() => ReportingPeriodModel) reportingPeriod!: ReportingPeriodModel;
  @Field(() => RoundProgressModel) overall!: RoundProgressModel;
  @Field(() => [AreaRoundProgressModel], { description: 'All seven areas, in order.' })
  areas!: AreaRoundProgressModel[];
  @Field(() => [OrganisationRoundProgressModel], { description: 'Most outstanding first.' })
  organisations!: OrganisationRoundProgressModel[];
  @Field(() => [PersonRoundProgressModel], { description: 'Most outstanding first, then by name.' })
  people!: PersonRoundProgressModel[];
  @Field(() => [ActionModel], { description: 'Actions still without an update, by reference.' })
  outstandingActions!: ActionModel[];
  @Field(() => FigureRoundModel)
  figures!: FigureRoundModel;
  @Field(() => RiskReviewRoundModel)
  riskReviews!: RiskReviewRoundModel;
}

@ObjectType('RemindersSent')
export class RemindersSentModel {
  @Field(() => Int, { description: 'People sent a reminder (in-app, and by e-mail if set up).' })
  peopleReminded!: number;
  @Field(() => Int) actionsOutstanding!: number;
  @Field(() => Int, { description: "Measures' figures still to give." })
  figuresOutstanding!: number;
  @Field(() => Int, { description: 'Risk reviews still to do.' })
  riskReviewsOutstanding!: number;
}
