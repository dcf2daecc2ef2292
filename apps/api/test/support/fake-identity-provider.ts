import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A minimal OpenID Connect provider for tests: discovery, signing keys and a token endpoint
 * that issues RS256 ID tokens. The real openid-client in the API talks to it over HTTP, so the
 * whole single sign-on exchange (PKCE, state, nonce, signature checks) is exercised.
 */
export class FakeIdentityProvider {
  readonly clientId = 'cynnydd-test';
  readonly clientSecret = 'test-secret';
  private readonly keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly codes = new Map<
    string,
    { nonce: string; email: string; verified: boolean; subject: string }
  >();
  private server?: Server;
  issuer = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', this.issuer);
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (url.pathname === '/.well-known/openid-configuration') {
        return json(200, {
          issuer: this.issuer,
          authorization_endpoint: `${this.issuer}/authorize`,
          token_endpoint: `${this.issuer}/token`,
          jwks_uri: `${this.issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (url.pathname === '/jwks') {
        const jwk = this.keys.publicKey.export({ format: 'jwk' });
        return json(200, { keys: [{ ...jwk, kid: 'test-key', alg: 'RS256', use: 'sig' }] });
      }
      if (url.pathname === '/token' && req.method === 'POST') {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          const code = new URLSearchParams(body).get('code') ?? '';
          const grant = this.codes.get(code);
          this.codes.delete(code);
          if (!grant) return json(400, { error: 'invalid_grant' });
          json(200, {
            access_token: randomBytes(16).toString('hex'),
            token_type: 'Bearer',
            expires_in: 300,
            id_token: this.idToken(grant),
          });
        });
        return;
      }
      json(404, { error: 'not_found' });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.issuer = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What the user's browser would get back after signing in at the provider as `email`. */
  approve(
    authorizationUrl: string,
    email: string,
    { verified = true, subject = `sub-${email}` } = {},
  ): { code: string; state: string } {
    const params = new URL(authorizationUrl).searchParams;
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, { nonce: params.get('nonce') ?? '', email, verified, subject });
    return { code, state: params.get('state') ?? '' };
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private idToken({
    email,
    nonce,
    verified,
    subject,
  }: {
    email: string;
    nonce: string;
    verified: boolean;
    subject: string;
  }): string {
    const now = Math.floor(Date.now() / 1000);
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'test-key' })}.${encode({
      iss: this.issuer,
      aud: this.clientId,
      sub: subject,
      email,
      email_verified: verified,
      nonce,
      iat: now,
      exp: now + 300,
    })}`;
    const signature = createSign('RSA-SHA256').update(unsigned).sign(this.keys.privateKey);
    return `${unsigned}.${signature.toString('base64url')}`;
  }
}
