import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generators, Issuer, type BaseClient } from 'openid-client';
import { DataSource, LessThan } from 'typeorm';

import { Clock, DomainError, DomainErrorCode } from '@cynnydd/server/core';

import { AuthService } from './auth.service';
import { OidcLogin } from './oidc-login.entity';
import { SESSION_SETTINGS, type SessionSettings } from './session-cookie';
import { User } from './user.entity';

/** An OpenID Connect provider (Microsoft Entra ID for HEIW and Social Care Wales). */
export interface OidcSettings {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** This API's callback, registered with the provider: https://…/auth/oidc/callback */
  redirectUri: string;
  scopes: string;
  /**
   * Accept an email the provider does not mark as verified. Only for a provider whose email
   * addresses are set by the organisation (a single-tenant Entra ID app); see docs/security.md.
   */
  trustUnverifiedEmail: boolean;
}
export const OIDC_SETTINGS = Symbol('OIDC_SETTINGS');

const LOGIN_MINUTES = 10;

/**
 * Sign-in through the organisations' identity provider (authorization code flow with PKCE).
 * The provider proves who someone is; Cynnydd decides what they may do, so only people who
 * already have an account (matched by email) are let in.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private client?: Promise<BaseClient>;

  constructor(
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null,
    @Inject(SESSION_SETTINGS) private readonly session: SessionSettings,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.settings !== null;
  }

  /** Where to send the browser to sign in, and the state to remember in its cookie. */
  async startLogin(): Promise<{ url: string; state: string }> {
    const client = await this.provider();
    const login = {
      state: generators.state(),
      nonce: generators.nonce(),
      codeVerifier: generators.codeVerifier(),
    };
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(OidcLogin, { expiresAt: LessThan(now) });
      await manager.insert(OidcLogin, {
        ...login,
        expiresAt: new Date(now.getTime() + LOGIN_MINUTES * 60_000),
      });
    });
    const url = client.authorizationUrl({
      scope: this.configured().scopes,
      state: login.state,
      nonce: login.nonce,
      code_challenge: generators.codeChallenge(login.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, state: login.state };
  }

  /** Finishes a sign-in from the provider's redirect; returns the new session. */
  async finishLogin(query: Record<string, string>, browserState: string | undefined) {
    const client = await this.provider();
    const params = client.callbackParams(`/?${new URLSearchParams(query).toString()}`);
    const login = params.state
      ? await this.dataSource.getRepository(OidcLogin).findOneBy({ state: params.state })
      : null;
    // The state must also match the cookie set when this browser started: a sign-in link made
    // by someone else cannot sign this browser in as them.
    if (!login || login.expiresAt < this.clock.now() || browserState !== login.state) {
      throw new DomainError(
        DomainErrorCode.UNAUTHENTICATED,
        'This sign-in link has expired; start again',
      );
    }
    await this.dataSource.getRepository(OidcLogin).delete({ state: login.state });
    const tokens = await client
      .callback(this.configured().redirectUri, params, {
        state: login.state,
        nonce: login.nonce,
        code_verifier: login.codeVerifier,
      })
      .catch((error: unknown) => {
        this.logger.warn(`OpenID Connect callback refused: ${String(error)}`);
        throw new DomainError(
          DomainErrorCode.UNAUTHENTICATED,
          'The identity provider did not confirm who you are',
        );
      });
    const claims = tokens.claims();
    const subject = `${claims.iss}|${claims.sub}`;
    const users = this.dataSource.getRepository(User);
    let user = await users.findOneBy({ oidcSubject: subject });
    if (!user) {
      // Entra ID puts the sign-in name in preferred_username when no email claim is configured.
      const email = String(claims.email ?? claims['preferred_username'] ?? '').toLowerCase();
      const verified = claims['email_verified'] === true || this.configured().trustUnverifiedEmail;
      if (!email || !verified) {
        throw new DomainError(
          DomainErrorCode.FORBIDDEN,
          'Your identity provider has not confirmed your email address',
        );
      }
      user = await users.findOneBy({ email });
      if (user?.oidcSubject) {
        throw new DomainError(
          DomainErrorCode.FORBIDDEN,
          'This account is linked to a different sign-in; ask the programme office',
        );
      }
      // First single sign-on: bind the account to this identity (not an edit: no new version).
      if (user) {
        await this.dataSource.query('UPDATE app_user SET oidc_subject = $1 WHERE id = $2', [
          subject,
          user.id,
        ]);
      }
    }
    if (!user || user.disabled) {
      throw new DomainError(
        DomainErrorCode.FORBIDDEN,
        'You do not have a Cynnydd account yet; ask the programme office for one',
      );
    }
    return this.auth.openSession(user, this.session);
  }

  private configured(): OidcSettings {
    if (!this.settings)
      throw new DomainError(DomainErrorCode.NOT_FOUND, 'Single sign-on is not set up');
    return this.settings;
  }

  private provider(): Promise<BaseClient> {
    const settings = this.configured();
    this.client ??= Issuer.discover(settings.issuerUrl).then(
      (issuer) =>
        new issuer.Client({
          client_id: settings.clientId,
          client_secret: settings.clientSecret,
          redirect_uris: [settings.redirectUri],
          response_types: ['code'],
        }),
    );
    // A failed discovery is retried on the next sign-in rather than cached.
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }
}
