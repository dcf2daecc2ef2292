import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { LegalDocument } from '../components/legal-document';
import { LEGAL_TRANSLATIONS } from '../i18n/translations';

/** What personal data the service holds, why, for how long, and people's rights. */
export default function PrivacyPage() {
  useFeatureTranslations(LEGAL_TRANSLATIONS);
  return <LegalDocument page="privacy" />;
}
