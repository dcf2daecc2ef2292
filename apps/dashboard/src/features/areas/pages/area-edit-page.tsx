import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { Permission } from '@cynnydd/shared/domain';

import type { AreaTextsFragment } from '../../../gql/graphql';
import { BilingualInput, bilingualInput, bilingualValue } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Loading } from '../../../ui/loading';
import { usePageTitle } from '../../../ui/use-page-title';
import { useApiFormErrors } from '../../admin/hooks/use-api-form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { RequirePermission } from '../../plans/components/require-permission';
import { AREAS_FOR_EDITING, UPDATE_STRATEGIC_AREA } from '../graphql/areas';

const TEXTS = ['title', 'shortTitle', 'description'] as const;
const FIELD_IDS: Record<string, string> = Object.fromEntries(
  TEXTS.flatMap((text) => [text, `${text}.en`, `${text}.cy`].map((field) => [field, `${text}-en`])),
);

/** An area's bilingual title, short name and description. */
function AreaForm({ area, onSaved }: { area: AreaTextsFragment; onSaved: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() =>
    Object.fromEntries(TEXTS.map((text) => [text, bilingualValue(area[text])])),
  );
  const { errors, setErrors, fromFailure, errorFor } = useApiFormErrors(
    (field) => FIELD_IDS[field],
  );
  const [update, { loading }] = useMutation(UPDATE_STRATEGIC_AREA);
  usePageTitle(t('areasAdmin.editTitle', { number: area.number }), errors.length > 0);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    try {
      await update({
        variables: {
          input: {
            number: area.number,
            expectedVersion: area.version,
            ...Object.fromEntries(TEXTS.map((text) => [text, bilingualInput(values[text])])),
          },
        },
      });
      onSaved();
    } catch (failure) {
      fromFailure(failure);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary errors={errors} />
      {TEXTS.map((text) => (
        <BilingualInput
          key={text}
          id={text}
          legend={t(`areasAdmin.fields.${text}`)}
          hint={text === 'shortTitle' ? t('areasAdmin.shortTitleHint') : undefined}
          multiline={text === 'description'}
          value={values[text]}
          error={errorFor(`${text}-en`)}
          onChange={(value) => setValues({ ...values, [text]: value })}
        />
      ))}
      <button type="submit" className="govuk-button" disabled={loading}>
        {t('accounts.save')}
      </button>
    </form>
  );
}

function AreaEdit({ number }: { number: number }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const { data, loading, error } = useQuery(AREAS_FOR_EDITING);
  if (loading && !data) return <Loading />;
  const area = data?.strategicAreas.find((candidate) => candidate.number === number);
  if (error || !area) return <LoadError message={t('directory.loadError')} />;
  return (
    <>
      {saved && <SuccessNotice>{t('accounts.saved')}</SuccessNotice>}
      <Link className="govuk-back-link" to="/admin/areas">
        {t('areasAdmin.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('areasAdmin.editTitle', { number })}</h1>
      {/* Keyed by version: after a save the form starts from what was saved. */}
      <AreaForm key={area.version} area={area} onSaved={() => setSaved(true)} />
    </>
  );
}

export default function AreaEditPage() {
  const { number } = useParams();
  return (
    <RequirePermission permission={Permission.MANAGE_REFERENCE_DATA}>
      <AreaEdit key={number} number={Number(number)} />
    </RequirePermission>
  );
}
