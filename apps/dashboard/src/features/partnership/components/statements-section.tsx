import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Permission } from '@cynnydd/shared/domain';

import type { PartnershipForumsQuery } from '../../../gql/graphql';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ColumnHeaders } from '../../../ui/column-headers';
import { FormPanel } from '../../../ui/form-panel';
import { LocalisedText } from '../../../ui/localised-text';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { errorFor } from '../../plans/components/form-errors';
import { SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { useReloadingChange } from '../../plans/hooks/use-reloading-change';
import { CREATE_STATEMENT, UPDATE_STATEMENT } from '../graphql/partnership';

type Statement = PartnershipForumsQuery['partnershipStatements'][number];

/** Wording a statement in both languages, or adding one; an existing one can be retired. */
function StatementPanel({
  statement,
  reload,
  onDone,
  onCancel,
}: {
  statement?: Statement;
  reload: () => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(statement ? bilingualValue(statement.text) : EMPTY_BILINGUAL);
  const [active, setActive] = useState(statement?.active ?? true);
  const change = useReloadingChange(
    reload,
    bilingualFieldId('text'),
    t('partnership.statements.conflict'),
  );
  const [create] = useMutation(CREATE_STATEMENT);
  const [update] = useMutation(UPDATE_STATEMENT);
  const save = () =>
    statement
      ? update({
          variables: {
            input: {
              id: statement.id,
              expectedVersion: statement.version,
              text: bilingualInput(text),
              active,
            },
          },
        })
      : create({ variables: { input: { text: bilingualInput(text) } } });
  return (
    <FormPanel
      id="statement-panel"
      heading={
        statement
          ? t('partnership.statements.changeHeading', { position: statement.position })
          : t('partnership.statements.addHeading')
      }
      errors={change.errors}
      save={() => change.run(save)}
      onDone={onDone}
    >
      <BilingualInput
        id="text"
        legend={t('partnership.statements.text')}
        hint={t('partnership.bilingualHint')}
        multiline
        value={text}
        error={errorFor(change.errors, 'text-en', 'text-cy')}
        onChange={setText}
      />
      {statement && (
        <CheckboxGroup
          name="active"
          legend={t('partnership.statements.inUse')}
          options={[{ value: 'active', label: t('partnership.statements.activeLabel') }]}
          selected={active ? ['active'] : []}
          onChange={(selected) => setActive(selected.includes('active'))}
        />
      )}
      <SaveOrCancel
        save={t('partnership.statements.save')}
        saving={t('partnership.saving')}
        cancel={t('partnership.cancel')}
        busy={change.busy}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

/**
 * The partnership behaviours statements a forum scores, in order. The programme office words
 * them in English and Welsh, adds them and retires those no longer scored; everyone reads them.
 */
export function StatementsSection({
  statements,
  reload,
}: {
  statements: Statement[];
  reload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const canManage = usePermission(Permission.MANAGE_MEETINGS).allowed;
  const [panel, setPanel] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const done = () => {
    setPanel(null);
    setSaved((count) => count + 1);
  };
  const chosen = statements.find((statement) => statement.id === panel);
  return (
    <section aria-labelledby="statements-heading">
      <h2 className="govuk-heading-l" id="statements-heading">
        {t('partnership.statements.title')}
      </h2>
      {saved > 0 && (
        <SuccessNotice key={saved}>
          <p className="govuk-notification-banner__heading">{t('partnership.statements.saved')}</p>
        </SuccessNotice>
      )}
      <ScrollableTable caption={t('partnership.statements.caption')}>
        <ColumnHeaders
          columns={[
            { label: t('partnership.statements.columns.position'), numeric: true },
            { label: t('partnership.statements.columns.text') },
            { label: t('partnership.statements.columns.inUse') },
            ...(canManage ? [{ label: t('partnership.statements.columns.change') }] : []),
          ]}
        />
        <tbody className="govuk-table__body">
          {statements.map((statement) => (
            <tr key={statement.id} className="govuk-table__row">
              <td className="govuk-table__cell govuk-table__cell--numeric">{statement.position}</td>
              <th scope="row" className="govuk-table__header">
                <LocalisedText value={statement.text} />
              </th>
              <td className="govuk-table__cell">
                {statement.active
                  ? t('partnership.statements.yes')
                  : t('partnership.statements.no')}
              </td>
              {canManage && (
                <td className="govuk-table__cell">
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    aria-expanded={panel === statement.id}
                    onClick={() => setPanel(statement.id)}
                  >
                    {t('partnership.statements.change', { position: statement.position })}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollableTable>
      {canManage && panel === null && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-expanded={false}
          onClick={() => setPanel('add')}
        >
          {t('partnership.statements.add')}
        </button>
      )}
      {panel !== null && (
        <StatementPanel
          key={panel}
          statement={chosen}
          reload={reload}
          onDone={done}
          onCancel={() => setPanel(null)}
        />
      )}
    </section>
  );
}
