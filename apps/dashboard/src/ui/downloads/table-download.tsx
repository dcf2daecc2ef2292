import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { tableFile, type Table, type TableFormat } from './table-file';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has handed the file to the browser; the address is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Buttons that download a list exactly as its filters show it, as Excel or CSV. `table` is
 * called on the click, with the rows on screen, so the file always matches the page.
 */
export function TableDownload({ fileName, table }: { fileName: string; table: () => Table }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function download(format: TableFormat) {
    setBusy(true);
    setFailed(false);
    try {
      save(await tableFile(table(), format), `${fileName}.${format}`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-button-group app-downloads">
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={busy}
        onClick={() => void download('xlsx')}
      >
        {t('downloads.xlsx')}
      </button>
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        disabled={busy}
        onClick={() => void download('csv')}
      >
        {t('downloads.csv')}
      </button>
      {failed && (
        <p className="govuk-error-message" role="alert">
          {t('downloads.failed')}
        </p>
      )}
    </div>
  );
}
