import { LegalDocument } from '../components/legal-document';

/** The accessibility statement the Public Sector Bodies Accessibility Regulations 2018 require. */
export default function AccessibilityPage() {
  return <LegalDocument page="accessibility" />;
}
