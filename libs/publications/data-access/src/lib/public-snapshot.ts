import { countMeasure, MeasureRagCountsModel } from '@cynnydd/measures/data-access';
import { RagCountsModel, tally } from '@cynnydd/reporting/data-access';
import type { ReportContentModel, ReportMeasureModel } from '@cynnydd/reports/data-access';
import type {
  BilingualText,
  LeadOrganisation,
  MeasureDirection,
  MeasureFrequency,
  MeasureRag,
  MeasureUnit,
  RagStatus,
  ReportAudience,
  Theme,
  WellBeingGoal,
} from '@cynnydd/shared/domain';

/*
 * The public content of a publication: plain JSON stored when it is published and read back,
 * unchanged, by every public page and open-data file. Only what the programme office chose is in
 * it: the actions it kept, owners as organisations unless it chose names, and nothing of the
 * report that the public pages do not show (risks, board comments, exceptions' internal notes).
 */

export interface PublicFigure {
  periodLabel: BilingualText;
  periodEnd: string;
  value: number | null;
  target: number | null;
}

export interface PublicMeasure {
  id: string;
  reference: string;
  name: BilingualText;
  unit: MeasureUnit;
  direction: MeasureDirection;
  frequency: MeasureFrequency;
  areaNumbers: number[];
  latest: (PublicFigure & { rag: MeasureRag | null }) | null;
  /** Oldest first, for the trend chart and its table. */
  recent: PublicFigure[];
  wellBeingGoals: WellBeingGoal[];
}

export interface PublicAction {
  id: string;
  reference: string;
  areaNumber: number;
  title: BilingualText;
  leadOrganisation: LeadOrganisation;
  /** Owners' names, only when the programme office chose to show them. */
  owners: string[] | null;
  rag: RagStatus | null;
  percentComplete: number | null;
  dueDate: string;
  commentary: BilingualText;
  nextSteps: BilingualText;
  themes: Theme[];
  wellBeingGoals: WellBeingGoal[];
}

export interface PublicArea {
  number: number;
  title: BilingualText;
  summary: BilingualText;
  /** Of the actions published. */
  counts: RagCountsModel;
}

/** An area's or goal's count of the actions published, by status. */
export interface PublicGoal {
  goal: WellBeingGoal;
  actions: RagCountsModel;
  measures: number;
}

export interface PublicSnapshot {
  number: number;
  publishedAt: string;
  report: { id: string; audience: ReportAudience; edition: number; issuedAt: string };
  period: {
    label: string;
    financialYear: string;
    quarter: number;
    startDate: string;
    endDate: string;
  };
  asOf: string;
  planTitle: BilingualText | null;
  introduction: BilingualText;
  overall: RagCountsModel;
  areas: PublicArea[];
  actions: PublicAction[];
  /** Null when the publication leaves the measures out. */
  measures: { counts: MeasureRagCountsModel; list: PublicMeasure[] } | null;
  /** Contribution to the Well-being of Future Generations goals, in the Act's order. */
  goals: PublicGoal[];
}

export interface PublicationChoices {
  introduction: BilingualText;
  areaSummaries: { areaNumber: number; en: string | null; cy: string | null }[];
  excludedActionIds: string[];
  showOwnerNames: boolean;
  includeMeasures: boolean;
}

export interface PublishedReport {
  id: string;
  audience: ReportAudience;
  edition: number;
  issuedAt: Date;
}

function publicMeasure(measure: ReportMeasureModel): PublicMeasure {
  const figure = ({ periodLabel, periodEnd, value, target }: PublicFigure): PublicFigure => ({
    periodLabel,
    periodEnd,
    value,
    target,
  });
  return {
    id: measure.measureId,
    reference: measure.reference,
    name: measure.name,
    unit: measure.unit,
    direction: measure.direction,
    frequency: measure.frequency,
    areaNumbers: measure.areaNumbers,
    latest: measure.latest ? { ...figure(measure.latest), rag: measure.latest.rag } : null,
    recent: measure.recent.map(figure),
    wellBeingGoals: measure.wellBeingGoals,
  };
}

/** What the public sees of `content` with the programme office's choices applied. */
export function buildPublicSnapshot(
  content: ReportContentModel,
  report: PublishedReport,
  choices: PublicationChoices,
  number: number,
  publishedAt: Date,
  goalOrder: readonly WellBeingGoal[],
): PublicSnapshot {
  const excluded = new Set(choices.excludedActionIds);
  const actions: PublicAction[] = content.actions
    .filter((line) => !excluded.has(line.actionId))
    .map((line) => ({
      id: line.actionId,
      reference: line.reference,
      areaNumber: line.areaNumber,
      title: line.title,
      leadOrganisation: line.leadOrganisation,
      owners: choices.showOwnerNames ? line.owners : null,
      rag: line.rag,
      percentComplete: line.percentComplete,
      dueDate: line.dueDate,
      commentary: line.commentary,
      nextSteps: line.nextSteps,
      themes: line.themes,
      wellBeingGoals: line.wellBeingGoals,
    }));
  const overall = new RagCountsModel();
  for (const action of actions) tally(overall, action.rag);
  const summaries = new Map(choices.areaSummaries.map((summary) => [summary.areaNumber, summary]));
  const areas = content.areas.map((area) => {
    const counts = new RagCountsModel();
    for (const action of actions) if (action.areaNumber === area.number) tally(counts, action.rag);
    const summary = summaries.get(area.number);
    return {
      number: area.number,
      title: area.title,
      summary: { en: summary?.en ?? null, cy: summary?.cy ?? null },
      counts,
    };
  });
  let measures: PublicSnapshot['measures'] = null;
  if (choices.includeMeasures) {
    const counts = new MeasureRagCountsModel();
    for (const measure of content.measures.measures)
      countMeasure(counts, measure.latest ?? undefined);
    measures = { counts, list: content.measures.measures.map(publicMeasure) };
  }
  const goals = goalOrder
    .map((goal) => {
      const counts = new RagCountsModel();
      for (const action of actions)
        if (action.wellBeingGoals.includes(goal)) tally(counts, action.rag);
      const measureCount =
        measures?.list.filter((measure) => measure.wellBeingGoals.includes(goal)).length ?? 0;
      return { goal, actions: counts, measures: measureCount };
    })
    .filter((goal) => goal.actions.total > 0 || goal.measures > 0);
  return {
    number,
    publishedAt: publishedAt.toISOString(),
    report: {
      id: report.id,
      audience: report.audience,
      edition: report.edition,
      issuedAt: report.issuedAt.toISOString(),
    },
    period: { ...content.period },
    asOf: content.asOf,
    planTitle: content.planTitle,
    introduction: { en: choices.introduction.en, cy: choices.introduction.cy },
    overall,
    areas,
    actions,
    measures,
    goals,
  };
}
