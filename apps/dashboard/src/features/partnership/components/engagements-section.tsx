import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import {
  ENGAGEMENT_OUTCOME_LABELS,
  EngagementOutcome,
  localise,
  Permission,
} from '@cynnydd/shared/domain';

import type {
  EngagementFieldsFragment,
  EngagementSubjectKind,
  EngagementOutcome as OutcomeValue,
} from '../../../gql/graphql';
import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { formatDate, todayInWales, walesDay } from '../../../i18n/format';
import {
  bilingualFieldId,
  BilingualInput,
  bilingualInput,
  bilingualValue,
  EMPTY_BILINGUAL,
  type BilingualValue,
} from '../../../ui/bilingual-input';
import { CheckboxGroup } from '../../../ui/checkbox-group';
import { ColumnHeaders } from '../../../ui/column-headers';
import { ConfirmAction } from '../../../ui/confirm-action';
import { ErrorSummary } from '../../../ui/error-summary';
import { FocusPanel } from '../../../ui/focus-panel';
import { labelledOptions } from '../../../ui/labelled-options';
import { Loading } from '../../../ui/loading';
import { LocalisedText } from '../../../ui/localised-text';
import { Radios } from '../../../ui/radios';
import { SaveOrCancel } from '../../../ui/save-or-cancel';
import { ScrollableTable } from '../../../ui/scrollable-table';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { useLanguage } from '../../../ui/use-language';
import { FORUM_CHOICES, MEETINGS } from '../../meetings/graphql/meetings';
import { errorFor, type FormError } from '../../plans/components/form-errors';
import { LoadError, SuccessNotice } from '../../plans/components/notice';
import { usePermission } from '../../plans/hooks/use-permission';
import { useReloadingChange } from '../../plans/hooks/use-reloading-change';
import {
  CREATE_ENGAGEMENT,
  DELETE_ENGAGEMENT,
  PARTNER_CHOICES,
  SUBJECT_ENGAGEMENTS,
  UPDATE_ENGAGEMENT,
} from '../graphql/partnership';
import { PARTNERSHIP_TRANSLATIONS } from '../i18n/translations';

type Record = EngagementFieldsFragment;

const OUTCOMES = Object.values(EngagementOutcome) as OutcomeValue[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Social partners are the trade unions and other partners, as the API checks. */
const PARTNER_TYPES = new Set(['TRADE_UNION', 'OTHER']);

const hasText = (value: BilingualValue) => Boolean(value.en.trim() || value.cy.trim());
const textsFieldId = bilingualFieldId(['consultedOn', 'agreed', 'disagreement', 'nextSteps']);

/** The control an API input path belongs to. */
function engagementFieldId(path: string): string | null {
  if (['engagedOn', 'outcome', 'partnerIds', 'forumId', 'meetingId'].includes(path)) return path;
  return textsFieldId(path);
}

interface Values {
  engagedOn: string;
  /** The forum (and meeting of it) the partners were engaged at; '' for none. */
  forumId: string;
  meetingId: string;
  partnerIds: string[];
  consultedOn: BilingualValue;
  outcome: OutcomeValue | null;
  agreed: BilingualValue;
  disagreement: BilingualValue;
  nextSteps: BilingualValue;
}

function valuesOf(record: Record | null): Values {
  if (!record) {
    return {
      engagedOn: todayInWales(),
      forumId: '',
      meetingId: '',
      partnerIds: [],
      consultedOn: EMPTY_BILINGUAL,
      outcome: null,
      agreed: EMPTY_BILINGUAL,
      disagreement: EMPTY_BILINGUAL,
      nextSteps: EMPTY_BILINGUAL,
    };
  }
  return {
    engagedOn: record.engagedOn,
    forumId: record.forumId ?? '',
    meetingId: record.meetingId ?? '',
    partnerIds: record.partners.map((partner) => partner.id),
    consultedOn: bilingualValue(record.consultedOn),
    outcome: record.outcome,
    agreed: bilingualValue(record.agreed),
    disagreement: bilingualValue(record.disagreement),
    nextSteps: bilingualValue(record.nextSteps),
  };
}

/** What the API needs of the form, the explanations only where the outcome asks for them. */
function engagementInput(values: Values, outcome: OutcomeValue) {
  const compromise = outcome === 'COMPROMISE';
  const noAgreement = outcome === 'NO_AGREEMENT';
  return {
    engagedOn: values.engagedOn.trim(),
    forumId: values.forumId || null,
    meetingId: values.meetingId || null,
    partnerIds: values.partnerIds,
    consultedOn: bilingualInput(values.consultedOn),
    outcome,
    agreed: bilingualInput(compromise ? values.agreed : EMPTY_BILINGUAL),
    disagreement: bilingualInput(noAgreement ? values.disagreement : EMPTY_BILINGUAL),
    nextSteps: bilingualInput(noAgreement ? values.nextSteps : EMPTY_BILINGUAL),
  };
}

function EngagementForm({
  subjectKind,
  subjectId,
  record,
  reload,
  onDone,
  onCancel,
}: {
  subjectKind: EngagementSubjectKind;
  subjectId: string;
  record: Record | null;
  reload: () => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [values, setValues] = useState(() => valuesOf(record));
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((before) => ({ ...before, [key]: value }));
  const partners = useQuery(PARTNER_CHOICES);
  const forums = useQuery(FORUM_CHOICES);
  const meetings = useQuery(MEETINGS, {
    variables: { forumId: values.forumId },
    skip: !values.forumId,
  });
  const change = useReloadingChange(
    reload,
    engagementFieldId,
    t('partnership.engagements.conflict'),
  );
  const [create] = useMutation(CREATE_ENGAGEMENT);
  const [update] = useMutation(UPDATE_ENGAGEMENT);

  function check(): FormError[] {
    const problems: FormError[] = [];
    const add = (
      fieldId: string,
      key:
        | 'dateRequired'
        | 'partnersRequired'
        | 'consultedOnRequired'
        | 'outcomeRequired'
        | 'agreedRequired'
        | 'disagreementRequired'
        | 'nextStepsRequired',
    ) => problems.push({ fieldId, message: t(`partnership.engagements.errors.${key}`) });
    if (!DATE.test(values.engagedOn.trim())) add('engagedOn', 'dateRequired');
    if (values.partnerIds.length === 0) add('partnerIds', 'partnersRequired');
    if (!hasText(values.consultedOn)) add('consultedOn-en', 'consultedOnRequired');
    if (!values.outcome) add('outcome', 'outcomeRequired');
    if (values.outcome === 'COMPROMISE' && !hasText(values.agreed)) {
      add('agreed-en', 'agreedRequired');
    }
    if (values.outcome === 'NO_AGREEMENT') {
      if (!hasText(values.disagreement)) add('disagreement-en', 'disagreementRequired');
      if (!hasText(values.nextSteps)) add('nextSteps-en', 'nextStepsRequired');
    }
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    change.setErrors(problems);
    if (problems.length > 0 || !values.outcome) return;
    const input = engagementInput(values, values.outcome);
    const saved = await change.run(() =>
      record
        ? update({
            variables: { input: { id: record.id, expectedVersion: record.version, ...input } },
          })
        : create({ variables: { input: { subjectKind, subjectId, ...input } } }),
    );
    if (saved) onDone();
  }

  const options = (partners.data?.organisations ?? [])
    .filter((organisation) => PARTNER_TYPES.has(organisation.type))
    .map((organisation) => ({
      value: organisation.id,
      label: localise(organisation.name, language)?.text ?? organisation.code,
    }));
  const heading = record
    ? t('partnership.engagements.editHeading', { date: formatDate(record.engagedOn, language) })
    : t('partnership.engagements.recordHeading');

  return (
    <FocusPanel id="engagement-form-heading" heading={heading} level={3} size="s">
      <ErrorSummary errors={change.errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id="engagedOn"
          label={t('partnership.engagements.engagedOn')}
          hint={t('partnership.dateHint')}
          className="govuk-input--width-10"
          value={values.engagedOn}
          error={errorFor(change.errors, 'engagedOn')}
          onChange={(event) => set('engagedOn', event.target.value)}
        />
        <SelectField
          id="forumId"
          label={t('partnership.engagements.forum')}
          value={values.forumId}
          error={errorFor(change.errors, 'forumId')}
          onChange={(event) =>
            setValues((before) => ({ ...before, forumId: event.target.value, meetingId: '' }))
          }
        >
          <option value="">{t('partnership.engagements.noForum')}</option>
          {(forums.data?.forums ?? []).map((forum) => (
            <option key={forum.id} value={forum.id}>
              {localise(forum.name, language)?.text}
            </option>
          ))}
        </SelectField>
        {values.forumId && (
          <SelectField
            id="meetingId"
            label={t('partnership.engagements.meeting')}
            value={values.meetingId}
            error={errorFor(change.errors, 'meetingId')}
            onChange={(event) => set('meetingId', event.target.value)}
          >
            <option value="">{t('partnership.engagements.noMeeting')}</option>
            {[...(meetings.data?.meetings ?? [])].reverse().map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {formatDate(walesDay(meeting.startsAt), language)}:{' '}
                {localise(meeting.title, language)?.text}
              </option>
            ))}
          </SelectField>
        )}
        {partners.loading ? (
          <Loading />
        ) : options.length === 0 ? (
          <p className="govuk-body">{t('partnership.engagements.noPartners')}</p>
        ) : (
          <CheckboxGroup
            name="partnerIds"
            legend={t('partnership.engagements.partners')}
            hint={t('partnership.engagements.partnersHint')}
            options={options}
            selected={values.partnerIds}
            error={errorFor(change.errors, 'partnerIds')}
            onChange={(selected) => set('partnerIds', selected)}
          />
        )}
        <BilingualInput
          id="consultedOn"
          legend={t('partnership.engagements.consultedOn')}
          hint={t('partnership.bilingualHint')}
          multiline
          value={values.consultedOn}
          error={errorFor(change.errors, 'consultedOn-en', 'consultedOn-cy')}
          onChange={(value) => set('consultedOn', value)}
        />
        <Radios
          name="outcome"
          legend={t('partnership.engagements.outcome')}
          options={labelledOptions(OUTCOMES, ENGAGEMENT_OUTCOME_LABELS, language)}
          value={values.outcome}
          error={errorFor(change.errors, 'outcome')}
          onChange={(outcome) => set('outcome', outcome)}
        />
        {values.outcome === 'COMPROMISE' && (
          <BilingualInput
            id="agreed"
            legend={t('partnership.engagements.agreed')}
            multiline
            value={values.agreed}
            error={errorFor(change.errors, 'agreed-en', 'agreed-cy')}
            onChange={(value) => set('agreed', value)}
          />
        )}
        {values.outcome === 'NO_AGREEMENT' && (
          <>
            <BilingualInput
              id="disagreement"
              legend={t('partnership.engagements.disagreement')}
              multiline
              value={values.disagreement}
              error={errorFor(change.errors, 'disagreement-en', 'disagreement-cy')}
              onChange={(value) => set('disagreement', value)}
            />
            <BilingualInput
              id="nextSteps"
              legend={t('partnership.engagements.nextSteps')}
              multiline
              value={values.nextSteps}
              error={errorFor(change.errors, 'nextSteps-en', 'nextSteps-cy')}
              onChange={(value) => set('nextSteps', value)}
            />
          </>
        )}
        <SaveOrCancel
          save={t('partnership.engagements.save')}
          saving={t('partnership.saving')}
          cancel={t('partnership.cancel')}
          busy={change.busy}
          onCancel={onCancel}
        />
      </form>
    </FocusPanel>
  );
}

function DeletePanel({
  record,
  reload,
  onDone,
  onCancel,
}: {
  record: Record;
  reload: () => Promise<unknown>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = useReloadingChange(reload, () => null, t('partnership.engagements.conflict'));
  const [remove] = useMutation(DELETE_ENGAGEMENT);
  return (
    <ConfirmAction
      id="engagement-delete-heading"
      heading={t('partnership.engagements.deleteHeading', {
        date: formatDate(record.engagedOn, language),
      })}
      level={3}
      size="s"
      warning={t('partnership.engagements.deleteWarning')}
      confirmLabel={t('partnership.engagements.deleteConfirm')}
      cancelLabel={t('partnership.cancel')}
      destructive
      busy={change.busy}
      onConfirm={() =>
        void change
          .run(() => remove({ variables: { id: record.id, expectedVersion: record.version } }))
          .then((deleted) => deleted && onDone())
      }
      onCancel={onCancel}
    >
      <ErrorSummary errors={change.errors} />
    </ConfirmAction>
  );
}

/** What the outcome was, with what was agreed, or why not and what next. */
function Outcome({ record }: { record: Record }) {
  const language = useLanguage();
  const explained = [record.agreed, record.disagreement, record.nextSteps].filter(
    (text) => text.en || text.cy,
  );
  return (
    <>
      {ENGAGEMENT_OUTCOME_LABELS[EngagementOutcome[record.outcome]][language]}
      {explained.map((text, index) => (
        <p key={index} className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          <LocalisedText value={text} />
        </p>
      ))}
    </>
  );
}

type Panel = { mode: 'create' } | { mode: 'edit' | 'delete'; id: string };

/**
 * "Engagement with social partners" on an action, measure, risk or plan: how the recognised trade
 * unions and other partners were consulted on it, newest first; the programme office records,
 * changes and deletes them (the API's MANAGE_MEETINGS).
 */
export default function EngagementsSection({
  subjectKind,
  subjectId,
}: {
  subjectKind: EngagementSubjectKind;
  subjectId: string;
}) {
  useFeatureTranslations(PARTNERSHIP_TRANSLATIONS);
  const { t } = useTranslation();
  const language = useLanguage();
  const canManage = usePermission(Permission.MANAGE_MEETINGS).allowed;
  const query = useQuery(SUBJECT_ENGAGEMENTS, { variables: { subjectKind, subjectId } });
  const [panel, setPanel] = useState<Panel | null>(null);
  const [notice, setNotice] = useState<'saved' | 'deleted' | null>(null);
  const reload = () => query.refetch();
  const records = query.data?.engagementRecords ?? [];
  const chosen = panel && panel.mode !== 'create' ? records.find((r) => r.id === panel.id) : null;

  function open(next: Panel) {
    setNotice(null);
    setPanel(next);
  }

  function done(outcome: 'saved' | 'deleted') {
    setPanel(null);
    setNotice(outcome);
  }

  function list() {
    if (query.error) return <LoadError message={t('partnership.engagements.loadError')} />;
    if (!query.data) return <Loading message={t('partnership.engagements.loading')} />;
    if (records.length === 0) {
      return <p className="govuk-body">{t('partnership.engagements.none')}</p>;
    }
    return (
      <ScrollableTable caption={t('partnership.engagements.caption')}>
        <ColumnHeaders
          columns={[
            { label: t('partnership.engagements.columns.date') },
            { label: t('partnership.engagements.columns.kind') },
            { label: t('partnership.engagements.columns.partners') },
            { label: t('partnership.engagements.columns.summary') },
            { label: t('partnership.engagements.columns.outcome') },
            ...(canManage ? [{ label: t('partnership.engagements.columns.change') }] : []),
          ]}
        />
        <tbody className="govuk-table__body">
          {records.map((record) => {
            const date = formatDate(record.engagedOn, language);
            const hidden = (
              <span className="govuk-visually-hidden">
                {' '}
                {t('partnership.engagements.hiddenRecord', { date })}
              </span>
            );
            return (
              <tr key={record.id} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  {date}
                </th>
                <td className="govuk-table__cell">
                  {t(`partnership.engagements.kinds.${record.subjectKind}`)}
                </td>
                <td className="govuk-table__cell">
                  {record.partners
                    .map((partner) => localise(partner.name, language)?.text ?? partner.code)
                    .join(', ')}
                </td>
                <td className="govuk-table__cell app-preserve-lines">
                  <LocalisedText value={record.consultedOn} />
                </td>
                <td className="govuk-table__cell">
                  <Outcome record={record} />
                </td>
                {canManage && (
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1"
                      aria-expanded={panel?.mode === 'edit' && panel.id === record.id}
                      onClick={() => open({ mode: 'edit', id: record.id })}
                    >
                      {t('partnership.engagements.edit')}
                      {hidden}
                    </button>{' '}
                    <button
                      type="button"
                      className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                      aria-expanded={panel?.mode === 'delete' && panel.id === record.id}
                      onClick={() => open({ mode: 'delete', id: record.id })}
                    >
                      {t('partnership.engagements.delete')}
                      {hidden}
                    </button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </ScrollableTable>
    );
  }

  return (
    <section aria-labelledby="engagements-heading">
      <h2 className="govuk-heading-m" id="engagements-heading">
        {t('partnership.engagements.title')}
      </h2>
      {notice && (
        <SuccessNotice key={notice}>
          <p className="govuk-notification-banner__heading">
            {t(`partnership.engagements.${notice}`)}
          </p>
        </SuccessNotice>
      )}
      <p className="govuk-body">{t('partnership.engagements.intro')}</p>
      {list()}
      {canManage && panel === null && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-expanded={false}
          onClick={() => open({ mode: 'create' })}
        >
          {t('partnership.engagements.record')}
        </button>
      )}
      {canManage && panel?.mode === 'create' && (
        <EngagementForm
          subjectKind={subjectKind}
          subjectId={subjectId}
          record={null}
          reload={reload}
          onDone={() => done('saved')}
          onCancel={() => setPanel(null)}
        />
      )}
      {canManage && panel?.mode === 'edit' && chosen && (
        <EngagementForm
          key={chosen.id}
          subjectKind={subjectKind}
          subjectId={subjectId}
          record={chosen}
          reload={reload}
          onDone={() => done('saved')}
          onCancel={() => setPanel(null)}
        />
      )}
      {canManage && panel?.mode === 'delete' && chosen && (
        <DeletePanel
          record={chosen}
          reload={reload}
          onDone={() => done('deleted')}
          onCancel={() => setPanel(null)}
        />
      )}
    </section>
  );
}
