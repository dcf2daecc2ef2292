import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import {
  CONSEQUENCE_LABELS,
  LIKELIHOOD_LABELS,
  RISK_BAND_LABELS,
  RISK_SCALE,
  riskBand,
  riskScore,
} from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { Radios } from '../../../ui/radios';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, type FormError } from '../../plans/components/form-errors';

/** A score as chosen: each part null until picked. */
export interface ScoreDraft {
  likelihood: number | null;
  consequence: number | null;
}

export const EMPTY_SCORE: ScoreDraft = { likelihood: null, consequence: null };

/** The radios' names (and so the error summary's targets) of the score called `id`. */
export const scoreFieldId = (id: string, part: 'likelihood' | 'consequence') => `${id}-${part}`;

/** Errors for a score that must be given in full. */
export function checkScore(id: string, score: ScoreDraft, t: TFunction): FormError[] {
  const errors: FormError[] = [];
  if (score.likelihood === null) {
    errors.push({
      fieldId: scoreFieldId(id, 'likelihood'),
      message: t('risks.score.likelihoodRequired'),
    });
  }
  if (score.consequence === null) {
    errors.push({
      fieldId: scoreFieldId(id, 'consequence'),
      message: t('risks.score.consequenceRequired'),
    });
  }
  return errors;
}

/** The score as the API takes it, once both parts are chosen. */
export function scoreInput(score: ScoreDraft) {
  return score.likelihood !== null && score.consequence !== null
    ? { likelihood: score.likelihood, consequence: score.consequence }
    : null;
}

interface Props {
  id: string;
  legend: string;
  hint?: string;
  value: ScoreDraft;
  errors: FormError[];
  onChange: (value: ScoreDraft) => void;
}

/**
 * A score on the 5 × 5 matrix: likelihood and consequence as labelled radios, and the score and
 * band they make, written out as soon as both are chosen.
 */
export function RiskScoreInput({ id, legend, hint, value, errors, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const chosen = scoreInput(value);
  const scale = (labels: typeof LIKELIHOOD_LABELS) =>
    RISK_SCALE.map((number) => ({
      value: number as number,
      label: t('risks.scaleLabel', { number, label: labels[number][language] }),
    }));
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby={`${id}-result`}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{legend}</legend>
      {hint && <div className="govuk-hint">{hint}</div>}
      <Radios
        name={scoreFieldId(id, 'likelihood')}
        legend={t('risks.score.likelihood')}
        options={scale(LIKELIHOOD_LABELS)}
        value={value.likelihood}
        error={errorFor(errors, scoreFieldId(id, 'likelihood'))}
        onChange={(likelihood) => onChange({ ...value, likelihood })}
      />
      <Radios
        name={scoreFieldId(id, 'consequence')}
        legend={t('risks.score.consequence')}
        options={scale(CONSEQUENCE_LABELS)}
        value={value.consequence}
        error={errorFor(errors, scoreFieldId(id, 'consequence'))}
        onChange={(consequence) => onChange({ ...value, consequence })}
      />
      <p className="govuk-body" id={`${id}-result`} aria-live="polite">
        {chosen
          ? t('risks.score.result', {
              score: formatNumber(riskScore(chosen), language),
              band: RISK_BAND_LABELS[riskBand(riskScore(chosen))][language],
            })
          : t('risks.score.notChosen')}
      </p>
    </fieldset>
  );
}
