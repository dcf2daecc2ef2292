import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { ColumnHeaders } from '../../../ui/column-headers';

/** One field the other person changed: their value now, and what this user has typed. */
export interface ConflictRow {
  label: string;
  theirs: string;
  yours: string;
}

interface Props {
  rows: ConflictRow[];
  busy?: boolean;
  onUseTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Shown, in place of saving, when someone else saved the same record since this user loaded it:
 * what they changed beside what this user typed, and a choice between their version and this
 * user's. Nothing is overwritten until the user chooses "keep mine".
 */
export function ConflictSummary({ rows, busy, onUseTheirs, onKeepMine }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      className="govuk-error-summary"
      ref={ref}
      tabIndex={-1}
      aria-labelledby="conflict-title"
      data-testid="conflict-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title" id="conflict-title">
          {t('plans.conflict.title')}
        </h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{t('plans.conflict.notSaved')}</p>
        </div>
      </div>
      {rows.length > 0 ? (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {t('plans.conflict.caption')}
          </caption>
          <ColumnHeaders
            columns={[
              { label: t('plans.conflict.field') },
              { label: t('plans.conflict.theirs') },
              { label: t('plans.conflict.yours') },
            ]}
          />
          <tbody className="govuk-table__body">
            {rows.map((row) => (
              <tr key={row.label} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {row.label}
                </th>
                <td className="govuk-table__cell">{row.theirs || t('plans.conflict.empty')}</td>
                <td className="govuk-table__cell">{row.yours || t('plans.conflict.empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="govuk-body">{t('plans.conflict.noVisibleChanges')}</p>
      )}
      <p className="govuk-body">{t('plans.conflict.choose')}</p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" disabled={busy} onClick={onUseTheirs}>
          {t('plans.conflict.useTheirs')}
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={busy}
          onClick={onKeepMine}
        >
          {t('plans.conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
