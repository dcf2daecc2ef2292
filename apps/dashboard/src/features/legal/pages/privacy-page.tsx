import { LegalDocument } from '../components/legal-document';

/** What personal data the service holds, why, for how long, and people's rights. */
export default function PrivacyPage() {
  return <LegalDocument page="privacy" />;
}
