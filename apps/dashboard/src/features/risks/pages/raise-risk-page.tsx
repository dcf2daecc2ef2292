import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import {
  Permission,
  RISK_CATEGORY_LABELS,
  RISK_KIND_LABELS,
  TEXT_LIMITS,
} from '@cynnydd/shared/domain';

import type { RaiseFromUpdateSourceQuery, RiskCategory, RiskKind } from '../../../gql/graphql';
import { formatDateTime } from '../../../i18n/format';
import { BilingualInput, bilingualInput, type BilingualValue } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { labelledOptions } from '../../../ui/labelled-options';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { Radios } from '../../../ui/radios';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { LoadError } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { readApiError } from '../../plans/graphql/errors';
import { forgetRegister } from '../components/risk-change-panels';
import { riskFieldId } from '../components/risk-fields';
import {
  checkScore,
  EMPTY_SCORE,
  RiskScoreInput,
  scoreInput,
  type ScoreDraft,
} from '../components/risk-score-input';
import { RAISE_FROM_UPDATE_SOURCE, RAISE_RISK_FROM_UPDATE } from '../graphql/risks';
import { RISK_CATEGORIES, RISK_KINDS } from '../hooks/use-risk-filters';
import type { RiskSavedState } from './risk-page';

type Action = RaiseFromUpdateSourceQuery['action'];
type Update = Action['statusHistory'][number];

/**
 * A title from an update's risks text: its first line, cut at a word to fit a title. The lead
 * can reword it; the whole text becomes the description.
 */
export function titleFromRisksText(text: string | null | undefined): string {
  const firstLine = (text ?? '').trim().split(/\r?\n/)[0]?.trim() ?? '';
  if (firstLine.length <= TEXT_LIMITS.title) return firstLine;
  const cut = firstLine.slice(0, TEXT_LIMITS.title - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

function RaiseForm({ action, update }: { action: Action; update: Update }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [kind, setKind] = useState<RiskKind>('RISK');
  const [title, setTitle] = useState<BilingualValue>(() => ({
    en: titleFromRisksText(update.risks.en),
    cy: titleFromRisksText(update.risks.cy),
  }));
  const [description, setDescription] = useState<BilingualValue>(() => ({
    en: update.risks.en?.trim() ?? '',
    cy: update.risks.cy?.trim() ?? '',
  }));
  const [category, setCategory] = useState<RiskCategory | null>(null);
  const [score, setScore] = useState<ScoreDraft>(EMPTY_SCORE);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [raise, { loading }] = useMutation(RAISE_RISK_FROM_UPDATE, { update: forgetRegister });
  usePageTitle(t('risks.raise.title'), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FormError[] = [];
    if (!title.en.trim() && !title.cy.trim()) {
      problems.push({ fieldId: 'title-en', message: t('risks.form.titleRequired') });
    }
    if (!category)
      problems.push({ fieldId: 'category', message: t('risks.form.categoryRequired') });
    problems.push(...checkScore('current', score, t));
    setErrors(problems);
    const current = scoreInput(score);
    if (problems.length > 0 || !category || !current) return;
    try {
      const { data } = await raise({
        variables: {
          input: {
            statusUpdateId: update.id,
            kind,
            title: bilingualInput(title),
            description: bilingualInput(description),
            category,
            current,
          },
        },
      });
      const raised = data?.raiseRiskFromUpdate;
      if (!raised) return;
      const state: RiskSavedState = { saved: 'raised' };
      await navigate(`/risks/${raised.id}`, { state });
    } catch (error) {
      const problem = readApiError(error);
      setErrors(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, riskFieldId)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <div className="govuk-inset-text">
        <p className="govuk-body">
          {t('risks.raise.from', {
            period: update.reportingPeriod.label,
            date: formatDateTime(update.submittedAt, language),
          })}
        </p>
        <LocalisedText value={update.risks} />
      </div>
      {update.raisedRisks.length > 0 && (
        <p className="govuk-body">
          {t('risks.raise.already')}{' '}
          {update.raisedRisks.map((risk, index) => (
            <span key={risk.id}>
              {index > 0 && t('risks.separator')}
              <Link to={`/risks/${risk.id}`} className="govuk-link">
                {risk.reference}
              </Link>
            </span>
          ))}
        </p>
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          name="kind"
          legend={t('risks.form.kind')}
          inline
          options={labelledOptions(RISK_KINDS, RISK_KIND_LABELS, language)}
          value={kind}
          onChange={setKind}
        />
        <BilingualInput
          id="title"
          legend={t('risks.form.title')}
          hint={t('risks.raise.titleHint')}
          value={title}
          error={errorFor(errors, 'title-en', 'title-cy')}
          onChange={setTitle}
        />
        <BilingualInput
          id="description"
          legend={t('risks.form.description')}
          hint={t('risks.form.descriptionHint')}
          multiline
          value={description}
          error={errorFor(errors, 'description-en', 'description-cy')}
          onChange={setDescription}
        />
        <Radios
          name="category"
          legend={t('risks.form.category')}
          options={labelledOptions(RISK_CATEGORIES, RISK_CATEGORY_LABELS, language)}
          value={category}
          error={errorFor(errors, 'category')}
          onChange={setCategory}
        />
        <RiskScoreInput
          id="current"
          legend={t('risks.form.current')}
          hint={t('risks.form.currentHint')}
          value={score}
          errors={errors}
          onChange={setScore}
        />
        <p className="govuk-body">{t('risks.raise.linked', { reference: action.reference })}</p>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={loading}>
            {loading ? t('plans.saving') : t('risks.raise.submit')}
          </button>
          <Link to={`/actions/${action.id}`} className="govuk-link">
            {t('plans.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

function RaiseRisk() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  // The API has no query for one status update: the action whose history holds it is given too.
  const actionId = params.get('action') ?? '';
  const updateId = params.get('update') ?? '';
  const query = useQuery(RAISE_FROM_UPDATE_SOURCE, { variables: { actionId } });
  const action = query.data?.action;
  const update = action?.statusHistory.find((item) => item.id === updateId);
  usePageTitle(t('risks.raise.title'));

  function content() {
    if (query.loading) return <Loading />;
    if (!action || !update) return <LoadError message={t('risks.raise.notFound')} />;
    return <RaiseForm action={action} update={update} />;
  }

  return (
    <>
      <Link to={action ? `/actions/${action.id}` : '/my-actions'} className="govuk-back-link">
        {t('risks.raise.back')}
      </Link>
      <h1 className="govuk-heading-l">
        {action && (
          <span className="govuk-caption-l">
            {action.reference}: <LocalisedText value={action.title} />
          </span>
        )}
        {t('risks.raise.title')}
      </h1>
      {content()}
    </>
  );
}

/** Raises a risk from a status update's risks text, linked to the update's action. */
export default function RaiseRiskPage() {
  return (
    <RequirePermission
      permission={[Permission.REPORT_ON_ANY_ACTION, Permission.REPORT_ON_OWN_ACTIONS]}
    >
      <RaiseRisk />
    </RequirePermission>
  );
}
