import type {
  ReportActionLineFieldsFragment,
  ReportExceptionFieldsFragment,
  ReportListsQuery,
  ReportQuery,
  ReportRiskFieldsFragment,
} from '../../../gql/graphql';

/** A report's head: what it is, its cover sheet, summary and RAG counts (`REPORT`). */
export type ReportHead = ReportQuery['report'];
/** A report's lists as the API answers them (`REPORT_LISTS`). */
export type ReportLists = ReportListsQuery['report']['content'];
type AnswerRisks = NonNullable<ReportLists['risks']>;

/** The lists of the risk section that name a risk of the register (or a closed one) by id. */
type RiskSublist = 'aboveAppetite' | 'opened' | 'worsened' | 'improved';

export type ReportExceptionLine = ReportActionLineFieldsFragment & ReportExceptionFieldsFragment;

export type ReportRisksSection = Omit<AnswerRisks, RiskSublist> &
  Record<RiskSublist, ReportRiskFieldsFragment[]>;

/** A report's whole content as the page draws it: its head's, and every list with whole lines. */
export type ReportContent = ReportHead['content'] &
  Omit<ReportLists, 'completed' | 'exceptions' | 'risks'> & {
    completed: ReportActionLineFieldsFragment[];
    exceptions: ReportExceptionLine[];
    risks: ReportRisksSection | null;
  };

/** The lines of `all` that `subset` names, in `subset`'s order, each merged with its entry. */
function joined<Line, Entry>(
  all: Map<string, Line>,
  subset: readonly Entry[],
  id: (entry: Entry) => string,
): (Line & Entry)[] {
  return subset.flatMap((entry) => {
    const line = all.get(id(entry));
    return line ? [{ ...line, ...entry }] : [];
  });
}

function byId<Line>(lines: readonly Line[], id: (line: Line) => string): Map<string, Line> {
  return new Map(lines.map((line) => [id(line), line]));
}

const actionId = (line: { actionId: string }) => line.actionId;
const riskId = (line: { riskId: string }) => line.riskId;

/**
 * The report's head and lists as one content, the lists' repeated lines filled in. A draft on a
 * large plan lists every action, measure and risk, and the same action or risk appears in up to
 * five lists (completed, exceptions; above appetite, new, worse, better): the query asks for
 * each line once, in `actions` and in the register (`risks`, `closed`), and for ids and the
 * list's own fields elsewhere, so the answer is a fraction of the size.
 */
export function withWholeLines(head: ReportHead['content'], content: ReportLists): ReportContent {
  const actions = byId(content.actions, actionId);
  const risks = content.risks;
  let risksSection: ReportRisksSection | null = null;
  if (risks) {
    const register = byId([...risks.risks, ...risks.closed], riskId);
    risksSection = {
      ...risks,
      aboveAppetite: joined(register, risks.aboveAppetite, riskId),
      opened: joined(register, risks.opened, riskId),
      worsened: joined(register, risks.worsened, riskId),
      improved: joined(register, risks.improved, riskId),
    };
  }
  return {
    ...head,
    ...content,
    completed: joined(actions, content.completed, actionId),
    exceptions: joined(actions, content.exceptions, actionId),
    risks: risksSection,
  };
}
