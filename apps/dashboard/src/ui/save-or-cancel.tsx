/** A form's submit button (saying so while it saves) and the button that closes it unsaved. */
export function SaveOrCancel({
  save,
  saving,
  cancel,
  busy,
  onCancel,
}: {
  save: string;
  /** Shown on the submit button while the change is sent. */
  saving: string;
  cancel: string;
  busy: boolean;
  onCancel: () => void;
}) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" disabled={busy}>
        {busy ? saving : save}
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
