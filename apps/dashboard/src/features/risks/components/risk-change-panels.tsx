import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { riskScore } from '@cynnydd/shared/domain';

import type { RiskDetailsFragment } from '../../../gql/graphql';
import {
  BilingualInput,
  bilingualInput,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { useLanguage } from '../../../ui/use-language';
import { ConflictSummary } from '../../plans/components/conflict-summary';
import { errorFor, type FormError } from '../../plans/components/form-errors';
import { useVersionedChange } from '../../plans/hooks/use-versioned-change';
import {
  CLOSE_RISK,
  DEESCALATE_RISK,
  ESCALATE_RISK,
  REOPEN_RISK,
  REVIEW_RISK,
} from '../graphql/risks';
import { riskConflictRows, scoreText, type StandingField } from './risk-conflict';
import {
  checkScore,
  EMPTY_SCORE,
  RiskScoreInput,
  scoreFieldId,
  scoreInput,
  type ScoreDraft,
} from './risk-score-input';

/** The register's lists and counts change with any change to a risk: fetch them again. */
export function forgetRegister(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'risks' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'riskProfile' });
  cache.gc();
}

const hasText = (value: BilingualValue) => Boolean(value.en.trim() || value.cy.trim());

/** The control an API input path of the risk page's forms belongs to. */
function panelFieldId(path: string): string | null {
  const [name, part] = path.split('.');
  if (name === 'current')
    return scoreFieldId('review', part === 'consequence' ? 'consequence' : 'likelihood');
  if (name === 'commentary' || name === 'reason' || name === 'resolution') {
    return `${name}-${part === 'cy' ? 'cy' : 'en'}`;
  }
  return null;
}

export interface PanelProps {
  risk: RiskDetailsFragment;
  /** Loads the risk afresh (for "use their version"). */
  reload: () => Promise<unknown>;
  /** Saved: the page says so. */
  onDone: () => void;
  onCancel: () => void;
}

interface ChangePanelProps extends PanelProps {
  id: string;
  heading: string;
  submitLabel: string;
  destructive?: boolean;
  /** Problems to show before anything is sent. */
  check: () => FormError[];
  /** Sends the change against `expectedVersion`. */
  mutate: (expectedVersion: number) => Promise<unknown>;
  /** What this change makes of the risk, for a conflict's "your version". */
  yours: Partial<Record<StandingField, string>>;
  children: (errors: FormError[]) => ReactNode;
}

/**
 * A change to the risk from its page, in a panel: checked, sent against the version loaded, and
 * on a conflict shown beside theirs, from where "keep mine" sends it again against theirs.
 */
function ChangePanel({
  risk,
  reload,
  onDone,
  onCancel,
  id,
  heading,
  submitLabel,
  destructive,
  check,
  mutate,
  yours,
  children,
}: ChangePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useVersionedChange(panelFieldId);
  const [busy, setBusy] = useState(false);

  async function save(expectedVersion: number) {
    const problems = check();
    change.setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    const saved = await change.send(() => mutate(expectedVersion));
    setBusy(false);
    if (saved) onDone();
  }

  async function takeTheirs() {
    setBusy(true);
    try {
      await reload();
      change.clearConflict();
    } finally {
      setBusy(false);
    }
  }

  const conflict = change.conflict;
  return (
    <FocusPanel id={id} heading={heading}>
      {conflict && (
        <ConflictSummary
          rows={riskConflictRows(risk, conflict.current, yours, t, language)}
          busy={busy}
          onUseTheirs={() => void takeTheirs()}
          onKeepMine={() => void save(conflict.currentVersion)}
        />
      )}
      <ErrorSummary errors={change.errors} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(risk.version);
        }}
      >
        {children(change.errors)}
        <div className="govuk-button-group">
          <button
            type="submit"
            className={destructive ? 'govuk-button govuk-button--warning' : 'govuk-button'}
            disabled={busy}
          >
            {busy ? t('plans.saving') : submitLabel}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('plans.cancel')}
          </button>
        </div>
      </form>
    </FocusPanel>
  );
}

/** A periodic review: the new current score and commentary in either language or both. */
export function ReviewPanel(props: PanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [score, setScore] = useState<ScoreDraft>(EMPTY_SCORE);
  const [commentary, setCommentary] = useState<BilingualValue>(EMPTY_BILINGUAL);
  const [review] = useMutation(REVIEW_RISK, { update: forgetRegister });
  const chosen = scoreInput(score);
  return (
    <ChangePanel
      {...props}
      id="review-risk-heading"
      heading={t('risks.review.heading', { reference: props.risk.reference })}
      submitLabel={t('risks.review.submit')}
      yours={chosen ? { score: scoreText(riskScore(chosen), language) } : {}}
      check={() => [
        ...checkScore('review', score, t),
        ...(hasText(commentary)
          ? []
          : [{ fieldId: 'commentary-en', message: t('risks.review.commentaryRequired') }]),
      ]}
      mutate={(expectedVersion) =>
        review({
          variables: {
            input: {
              riskId: props.risk.id,
              expectedVersion,
              // Checked before sending: both parts are chosen.
              current: chosen ?? { likelihood: 0, consequence: 0 },
              commentary: bilingualInput(commentary),
            },
          },
        })
      }
    >
      {(errors) => (
        <>
          <RiskScoreInput
            id="review"
            legend={t('risks.review.score')}
            hint={t('risks.review.scoreHint', {
              score: scoreText(props.risk.current.score, language),
            })}
            value={score}
            errors={errors}
            onChange={setScore}
          />
          <BilingualInput
            id="commentary"
            legend={t('risks.review.commentary')}
            hint={t('risks.review.commentaryHint')}
            multiline
            value={commentary}
            error={errorFor(errors, 'commentary-en', 'commentary-cy')}
            onChange={setCommentary}
          />
        </>
      )}
    </ChangePanel>
  );
}

/** Takes the risk to the oversight board, saying why. */
export function EscalatePanel(props: PanelProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<BilingualValue>(EMPTY_BILINGUAL);
  const [escalate] = useMutation(ESCALATE_RISK, { update: forgetRegister });
  const { risk } = props;
  return (
    <ChangePanel
      {...props}
      id="escalate-risk-heading"
      heading={t('risks.escalate.heading', { reference: risk.reference })}
      submitLabel={t('risks.escalate.submit')}
      yours={{ escalation: t('risks.escalate.yours') }}
      check={() =>
        hasText(reason)
          ? []
          : [{ fieldId: 'reason-en', message: t('risks.escalate.reasonRequired') }]
      }
      mutate={(expectedVersion) =>
        escalate({
          variables: { input: { id: risk.id, expectedVersion, reason: bilingualInput(reason) } },
        })
      }
    >
      {(errors) => (
        <BilingualInput
          id="reason"
          legend={t('risks.escalate.reason')}
          hint={t('risks.bilingualHint')}
          multiline
          value={reason}
          error={errorFor(errors, 'reason-en', 'reason-cy')}
          onChange={setReason}
        />
      )}
    </ChangePanel>
  );
}

/** Hands an escalated risk back to the programme to manage. */
export function DeescalatePanel(props: PanelProps) {
  const { t } = useTranslation();
  const [deescalate] = useMutation(DEESCALATE_RISK, { update: forgetRegister });
  const { risk } = props;
  return (
    <ChangePanel
      {...props}
      id="deescalate-risk-heading"
      heading={t('risks.deescalate.heading', { reference: risk.reference })}
      submitLabel={t('risks.deescalate.submit')}
      yours={{ escalation: t('risks.no') }}
      check={() => []}
      mutate={(expectedVersion) =>
        deescalate({ variables: { input: { id: risk.id, expectedVersion } } })
      }
    >
      {() => <p className="govuk-body">{t('risks.deescalate.body')}</p>}
    </ChangePanel>
  );
}

/** Closes the risk with a reason and, for an issue, how it was resolved. */
export function ClosePanel(props: PanelProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<BilingualValue>(EMPTY_BILINGUAL);
  const [resolution, setResolution] = useState<BilingualValue>(EMPTY_BILINGUAL);
  const [close] = useMutation(CLOSE_RISK, { update: forgetRegister });
  const { risk } = props;
  const issue = risk.kind === 'ISSUE';
  return (
    <ChangePanel
      {...props}
      id="close-risk-heading"
      heading={t('risks.close.heading', { reference: risk.reference })}
      submitLabel={t('risks.close.submit')}
      destructive
      yours={{ state: t('risks.close.yours') }}
      check={() =>
        hasText(reason) ? [] : [{ fieldId: 'reason-en', message: t('risks.close.reasonRequired') }]
      }
      mutate={(expectedVersion) =>
        close({
          variables: {
            input: {
              id: risk.id,
              expectedVersion,
              reason: bilingualInput(reason),
              resolution: issue && hasText(resolution) ? bilingualInput(resolution) : null,
            },
          },
        })
      }
    >
      {(errors) => (
        <>
          <BilingualInput
            id="reason"
            legend={t('risks.close.reason')}
            hint={t('risks.bilingualHint')}
            multiline
            value={reason}
            error={errorFor(errors, 'reason-en', 'reason-cy')}
            onChange={setReason}
          />
          {issue && (
            <BilingualInput
              id="resolution"
              legend={t('risks.close.resolution')}
              hint={t('risks.close.resolutionHint')}
              multiline
              value={resolution}
              error={errorFor(errors, 'resolution-en', 'resolution-cy')}
              onChange={setResolution}
            />
          )}
        </>
      )}
    </ChangePanel>
  );
}

/** Opens a closed risk again. */
export function ReopenPanel(props: PanelProps) {
  const { t } = useTranslation();
  const [reopen] = useMutation(REOPEN_RISK, { update: forgetRegister });
  const { risk } = props;
  return (
    <ChangePanel
      {...props}
      id="reopen-risk-heading"
      heading={t('risks.reopen.heading', { reference: risk.reference })}
      submitLabel={t('risks.reopen.submit')}
      yours={{ state: t('risks.reopen.yours') }}
      check={() => []}
      mutate={(expectedVersion) =>
        reopen({ variables: { input: { id: risk.id, expectedVersion } } })
      }
    >
      {() => <p className="govuk-body">{t('risks.reopen.body')}</p>}
    </ChangePanel>
  );
}
