import { useTranslation } from 'react-i18next';

export const EXPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'pptx'] as const;
export const EXPORT_LANGUAGES = ['en', 'cy', 'both'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

/** Where the API serves an issued report as a file (same origin, with the session cookie). */
export function exportUrl(reportId: string, format: ExportFormat, language: ExportLanguage) {
  const query = new URLSearchParams({ format, language });
  return `/reports/${encodeURIComponent(reportId)}/export?${query.toString()}`;
}

/**
 * Links to a document's files, one per format and language (English, Welsh or both): an issued
 * report's Word, Excel and PDF files and slides for the joint board, or any other document the API serves the same way.
 */
export function DownloadLinks({
  urlOf,
  formats = EXPORT_FORMATS,
  describedBy,
}: {
  urlOf: (format: ExportFormat, language: ExportLanguage) => string;
  formats?: readonly ExportFormat[];
  describedBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="govuk-list app-download-links">
      {formats.map((format) => (
        <li key={format}>
          <span className="app-download-links__format">
            {t(`reports.download.formats.${format}`)}:
          </span>{' '}
          {EXPORT_LANGUAGES.map((language, index) => (
            <span key={language}>
              {index > 0 && ' | '}
              <a
                className="govuk-link"
                href={urlOf(format, language)}
                download
                aria-describedby={describedBy}
              >
                {t(`reports.download.languages.${language}`)}
                <span className="govuk-visually-hidden">
                  {' '}
                  {t('reports.download.hiddenFormat', {
                    format: t(`reports.download.formats.${format}`),
                  })}
                </span>
              </a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}
