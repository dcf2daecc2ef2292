/** One assessment's scores, as the comparison reads them. */
export interface AssessmentScores {
  id: string;
  assessedOn: string;
  scores: { statementId: string; score: number }[];
}

export interface StatementTrend {
  statementId: string;
  /** Its score in each assessment that scored it, oldest first. */
  scores: { assessmentId: string; assessedOn: string; score: number }[];
  latest: number | null;
  /** Latest minus the one before; null until it has been scored twice. */
  change: number | null;
}

export interface AssessmentComparison {
  /** Oldest first, each with its average over the statements it scored. */
  assessments: { id: string; assessedOn: string; average: number | null }[];
  statements: StatementTrend[];
}

/** Mean to two decimal places; null for none. */
export function averageOf(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 100) / 100;
}

/**
 * A forum's self-assessments side by side: the average of each, and per statement its scores
 * over time and the change since the previous assessment that scored it.
 */
export function compareAssessments(
  statementIds: readonly string[],
  assessments: readonly AssessmentScores[],
): AssessmentComparison {
  const ordered = [...assessments].sort(
    (a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id.localeCompare(b.id),
  );
  return {
    assessments: ordered.map((assessment) => ({
      id: assessment.id,
      assessedOn: assessment.assessedOn,
      average: averageOf(assessment.scores.map((row) => row.score)),
    })),
    statements: statementIds.map((statementId) => {
      const scores = ordered.flatMap((assessment) =>
        assessment.scores
          .filter((row) => row.statementId === statementId)
          .map((row) => ({
            assessmentId: assessment.id,
            assessedOn: assessment.assessedOn,
            score: row.score,
          })),
      );
      const latest = scores.at(-1)?.score ?? null;
      const previous = scores.at(-2)?.score ?? null;
      return {
        statementId,
        scores,
        latest,
        change: latest !== null && previous !== null ? latest - previous : null,
      };
    }),
  };
}
