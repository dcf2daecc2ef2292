import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { REVIEW_ENTRY_KIND_LABELS, ReviewEntryKind } from '@cynnydd/shared/domain';

import type { ReviewEntryKind as KindValue } from '../../../gql/graphql';
import { BilingualInput, bilingualInput, EMPTY_BILINGUAL } from '../../../ui/bilingual-input';
import { ErrorSummary } from '../../../ui/error-summary';
import { Radios } from '../../../ui/radios';
import { useLanguage } from '../../../ui/use-language';
import { errorFor, fromApiErrors, type FormError } from '../../plans/components/form-errors';
import { SuccessNotice } from '../../plans/components/notice';
import { readApiError } from '../../plans/graphql/errors';
import { ADD_REVIEW_ENTRY, REVIEW_PEOPLE } from '../graphql/review';
import { FollowUpDrafts, followUpFieldId, type FollowUpDraft } from './follow-up-drafts';

const KINDS: KindValue[] = ['COMMENT', 'DECISION'];

/**
 * The form control an input path is about, for the error summary: of AddReviewEntryInput (about
 * an action, follow-ups) or RecordMeetingDecisionInput (about an agenda item, commitments).
 */
export function reviewFieldId(path: string): string | null {
  if (path === 'kind') return 'review-kind';
  if (path === 'actionId' || path === 'agendaItemId') return 'review-action';
  if (path.startsWith('text')) return `review-text-${path.endsWith('cy') ? 'cy' : 'en'}`;
  const followUp = /^(?:followUps|commitments)\.(\d+)\.(\w+)(?:\.(en|cy))?$/.exec(path);
  if (followUp) {
    const index = Number(followUp[1]);
    if (followUp[2] === 'ownerId') return followUpFieldId.owner(index);
    if (followUp[2] === 'dueDate') return followUpFieldId.dueDate(index);
    if (followUp[2] === 'title') return `${followUpFieldId.title(index)}-${followUp[3] ?? 'en'}`;
  }
  return null;
}

/** What the form sends: a comment or decision, what it is about, and a decision's follow-ups. */
export interface ReviewEntryDraft {
  kind: KindValue;
  /** One of `about.options`' values, or null for the whole report or meeting. */
  aboutId: string | null;
  text: ReturnType<typeof bilingualInput>;
  followUps: { title: ReturnType<typeof bilingualInput>; ownerId: string; dueDate: string }[];
}

/** Sends the draft (rejecting as the API refuses it), then whatever shows it is fetched again. */
export type SaveReviewEntry = (draft: ReviewEntryDraft) => Promise<unknown>;

/** A report's review: an issued report's comments and decisions, on it or one of its actions. */
export function useReportReviewSave(reportId: string): {
  save: SaveReviewEntry;
  saving: boolean;
} {
  const [add, { loading }] = useMutation(ADD_REVIEW_ENTRY, {
    refetchQueries: ['ReportReview', 'FollowUps'],
    awaitRefetchQueries: true,
  });
  const save: SaveReviewEntry = ({ kind, aboutId, text, followUps }) =>
    add({
      variables: {
        input: {
          reportId,
          kind,
          actionId: aboutId,
          text,
          ...(followUps.length ? { followUps } : {}),
        },
      },
    });
  return { save, saving: loading };
}

/**
 * A comment or decision: a board member's on an issued report or one of its actions, or one
 * minuted at a meeting on one of its agenda items. Decisions may set follow-ups (commitments).
 */
export function ReviewForm({
  about,
  save,
  saving,
  onErrors,
}: {
  about: { label: string; whole: string; options: { value: string; label: string }[] };
  save: SaveReviewEntry;
  saving: boolean;
  onErrors: (hasErrors: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  // People are only needed to choose follow-up owners, which only decisions have.
  const [kind, setKind] = useState<KindValue>('COMMENT');
  const people = useQuery(REVIEW_PEOPLE, { skip: kind !== 'DECISION' });
  const [actionId, setActionId] = useState('');
  const [text, setText] = useState(EMPTY_BILINGUAL);
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [saved, setSaved] = useState<KindValue | null>(null);
  const nextKey = useRef(0);

  function show(next: FormError[]) {
    setErrors(next);
    onErrors(next.length > 0);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    if (!text.en.trim() && !text.cy.trim()) {
      show([{ fieldId: 'review-text-en', message: t('review.form.textRequired') }]);
      return;
    }
    try {
      await save({
        kind,
        aboutId: actionId || null,
        text: bilingualInput(text),
        followUps:
          kind === 'DECISION'
            ? followUps.map((draft) => ({
                title: bilingualInput(draft.title),
                ownerId: draft.ownerId,
                dueDate: draft.dueDate,
              }))
            : [],
      });
      show([]);
      setSaved(kind);
      setText(EMPTY_BILINGUAL);
      setFollowUps([]);
      setActionId('');
    } catch (failure) {
      const problem = readApiError(failure);
      show(
        problem.kind === 'refused'
          ? fromApiErrors(problem.errors, reviewFieldId)
          : [{ message: t('errors.serviceProblem') }],
      );
    }
  }

  return (
    <section aria-labelledby="review-form-heading" className="app-no-print">
      <h3 className="govuk-heading-m" id="review-form-heading">
        {t('review.form.heading')}
      </h3>
      {saved && (
        <SuccessNotice>
          <p className="govuk-notification-banner__heading">
            {saved === 'DECISION' ? t('review.form.savedDecision') : t('review.form.savedComment')}
          </p>
        </SuccessNotice>
      )}
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          name="review-kind"
          legend={t('review.form.kind')}
          options={KINDS.map((value) => ({
            value,
            label: REVIEW_ENTRY_KIND_LABELS[ReviewEntryKind[value]][language],
          }))}
          value={kind}
          inline
          onChange={setKind}
        />
        <div
          className={
            errorFor(errors, 'review-action')
              ? 'govuk-form-group govuk-form-group--error'
              : 'govuk-form-group'
          }
        >
          <label className="govuk-label" htmlFor="review-action">
            {about.label}
          </label>
          {errorFor(errors, 'review-action') && (
            <p id="review-action-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">{t('errors.prefix')}</span>{' '}
              <span lang="en">{errorFor(errors, 'review-action')?.message}</span>
            </p>
          )}
          <select
            id="review-action"
            name="review-action"
            className="govuk-select"
            value={actionId}
            onChange={(event) => setActionId(event.target.value)}
          >
            <option value="">{about.whole}</option>
            {about.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <BilingualInput
          id="review-text"
          legend={
            kind === 'DECISION' ? t('review.form.decisionText') : t('review.form.commentText')
          }
          hint={t('review.form.textHint')}
          value={text}
          multiline
          error={errorFor(errors, 'review-text-en', 'review-text-cy')}
          onChange={setText}
        />
        {kind === 'DECISION' &&
          (people.error ? (
            <p className="govuk-body">{t('review.followUps.peopleError')}</p>
          ) : (
            <FollowUpDrafts
              drafts={followUps}
              people={people.data?.people ?? []}
              errors={errors}
              onChange={setFollowUps}
              onAdd={() =>
                setFollowUps((drafts) => [
                  ...drafts,
                  { key: nextKey.current++, title: EMPTY_BILINGUAL, ownerId: '', dueDate: '' },
                ])
              }
            />
          ))}
        <button type="submit" className="govuk-button" disabled={saving}>
          {saving
            ? t('review.form.saving')
            : kind === 'DECISION'
              ? t('review.form.submitDecision')
              : t('review.form.submitComment')}
        </button>
      </form>
    </section>
  );
}
