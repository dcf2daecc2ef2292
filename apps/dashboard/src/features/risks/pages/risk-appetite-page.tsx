import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { Permission, RISK_CATEGORY_LABELS } from '@cynnydd/shared/domain';

import type { RiskAppetitesQuery } from '../../../gql/graphql';
import { formatNumber } from '../../../i18n/format';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { Loading } from '../../../ui/loading';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';
import { ConflictSummary } from '../../plans/components/conflict-summary';
import { errorFor } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { useVersionedChange } from '../../plans/hooks/use-versioned-change';
import { forgetRegister } from '../components/risk-change-panels';
import { RISK_APPETITES, SET_RISK_APPETITE } from '../graphql/risks';

type Appetite = RiskAppetitesQuery['riskAppetites'][number];

/** A whole number from 1 to 25, or null. */
export function parseAppetite(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= 25 ? value : null;
}

/** Changes one category's appetite against the version loaded. */
function AppetiteForm({
  appetite,
  reload,
  onDone,
  onCancel,
}: {
  appetite: Appetite;
  reload: () => Promise<unknown>;
  onDone: (value: number) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const category = RISK_CATEGORY_LABELS[appetite.category][language];
  const [text, setText] = useState(String(appetite.appetite));
  const [busy, setBusy] = useState(false);
  const change = useVersionedChange((path) => (path === 'appetite' ? 'appetite' : null));
  const [setAppetite] = useMutation(SET_RISK_APPETITE, {
    update(cache, { data }) {
      const saved = data?.setRiskAppetite;
      if (!saved) return;
      // A RiskAppetite has no id, so the cache cannot merge it by itself: replace it in the list.
      cache.modify<RiskAppetitesQuery>({
        fields: {
          // Stored inline, never as references, for the same reason.
          riskAppetites: (existing = [], { isReference }) =>
            existing.map((item) =>
              !isReference(item) && item.category === saved.category ? saved : item,
            ),
        },
      });
      // Appetite decides which risks are above it: the register's counts change too.
      forgetRegister(cache);
    },
  });
  const conflict = change.conflict;

  async function save(expectedVersion: number) {
    const value = parseAppetite(text);
    if (value === null) {
      change.setErrors([{ fieldId: 'appetite', message: t('risks.appetite.valueInvalid') }]);
      return;
    }
    change.setErrors([]);
    setBusy(true);
    const saved = await change.send(() =>
      setAppetite({
        variables: { input: { category: appetite.category, appetite: value, expectedVersion } },
      }),
    );
    setBusy(false);
    if (saved) onDone(value);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(appetite.version);
  }

  const theirs = conflict?.current['appetite'];
  return (
    <FocusPanel id="appetite-heading" heading={t('risks.appetite.heading', { category })}>
      {conflict && (
        <ConflictSummary
          rows={[
            {
              label: t('risks.appetite.appetite'),
              theirs: typeof theirs === 'number' ? formatNumber(theirs, language) : '',
              yours: text,
            },
          ]}
          busy={busy}
          onUseTheirs={() =>
            void reload().then(() => {
              change.clearConflict();
              onCancel();
            })
          }
          onKeepMine={() => void save(conflict.currentVersion)}
        />
      )}
      <ErrorSummary errors={change.errors} />
      <form noValidate onSubmit={submit}>
        <TextField
          id="appetite"
          label={t('risks.appetite.value')}
          className="govuk-input--width-2"
          inputMode="numeric"
          spellCheck={false}
          value={text}
          error={errorFor(change.errors, 'appetite')}
          onChange={(event) => setText(event.target.value)}
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={busy}>
            {busy ? t('plans.saving') : t('risks.appetite.submit')}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            {t('plans.cancel')}
          </button>
        </div>
      </form>
    </FocusPanel>
  );
}

/** The appetite of each category; the operational group can change it. */
export default function RiskAppetitePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('risks.appetite.title'));
  const canManage = usePermission(Permission.MANAGE_PLANS).allowed;
  const query = useQuery(RISK_APPETITES);
  const [editing, setEditing] = useState<Appetite['category'] | null>(null);
  const [saved, setSaved] = useState<{ category: Appetite['category']; value: number } | null>(
    null,
  );
  const appetites = query.data?.riskAppetites;
  const editingAppetite = appetites?.find((item) => item.category === editing);

  function content() {
    if (query.error) return <LoadError message={t('risks.appetite.loadError')} />;
    if (!appetites) return <Loading />;
    return (
      <>
        {editingAppetite && (
          <AppetiteForm
            key={editingAppetite.category}
            appetite={editingAppetite}
            reload={() => query.refetch()}
            onDone={(value) => {
              setEditing(null);
              setSaved({ category: editingAppetite.category, value });
            }}
            onCancel={() => setEditing(null)}
          />
        )}
        <ScrollableTable caption={t('risks.appetite.caption')}>
          <ColumnHeaders
            columns={[
              { label: t('risks.appetite.category') },
              { label: t('risks.appetite.appetite'), numeric: true },
              ...(canManage ? [{ label: t('risks.appetite.change') }] : []),
            ]}
          />
          <tbody className="govuk-table__body">
            {appetites.map((appetite) => {
              const category = RISK_CATEGORY_LABELS[appetite.category][language];
              return (
                <tr key={appetite.category} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {category}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {formatNumber(appetite.appetite, language)}
                  </td>
                  {canManage && (
                    <td className="govuk-table__cell">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        aria-expanded={editing === appetite.category}
                        onClick={() => {
                          setSaved(null);
                          setEditing(appetite.category);
                        }}
                      >
                        {t('risks.appetite.changeCategory', { category })}
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </ScrollableTable>
      </>
    );
  }

  return (
    <>
      {saved && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {t('risks.appetite.saved', {
              category: RISK_CATEGORY_LABELS[saved.category][language],
              appetite: formatNumber(saved.value, language),
            })}
          </p>
        </SuccessNotice>
      )}
      <Link to="/risks" className="govuk-back-link">
        {t('risks.appetite.back')}
      </Link>
      <h1 className="govuk-heading-l">{t('risks.appetite.title')}</h1>
      <p className="govuk-body-l">{t('risks.appetite.intro')}</p>
      {content()}
    </>
  );
}
