import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';

import { RequireAuth } from './features/auth/components/require-auth';
import { Layout } from './features/layout/components/layout';

const SignInPage = lazy(() => import('./features/auth/pages/sign-in-page'));
const OverviewPage = lazy(() => import('./features/overview/pages/overview-page'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route element={<RequireAuth />}>
          <Route index element={<OverviewPage />} />
        </Route>
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}
