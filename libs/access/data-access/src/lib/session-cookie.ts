import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'cynnydd_session';

export interface SessionSettings {
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Send the cookie over HTTPS only (production). */
  secureCookies: boolean;
}
export const SESSION_SETTINGS = Symbol('SESSION_SETTINGS');

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot send it with forms. */
export function sessionCookieOptions(settings: SessionSettings, expires?: Date): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: settings.secureCookies,
    path: '/',
    ...(expires ? { expires } : {}),
  };
}
