import { useFeatureTranslations } from '../../../i18n/feature-translations';
import { LegalDocument } from '../components/legal-document';
import { LEGAL_TRANSLATIONS } from '../i18n/translations';

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 require. */
export default function AccessibilityPage() {
  useFeatureTranslations(LEGAL_TRANSLATIONS);
  return <LegalDocument page="accessibility" />;
}
