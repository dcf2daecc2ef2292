import { Navigate, useLocation, useNavigate } from 'react-router';

import { SignInForm } from '../components/sign-in-form';
import { useCurrentUser } from '../hooks/use-current-user';

/** Where a signed-out user lands; afterwards they go back to the page they asked for. */
export default function SignInPage() {
  const { user } = useCurrentUser();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';

  if (user) return <Navigate to={from} replace />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SignInForm onSignedIn={() => void navigate(from, { replace: true })} />
      </div>
    </div>
  );
}
