// The tool's session store: reading a session refreshes its access token when it is about to expire.
import { refreshAccessToken } from './auth.js';

interface Session {
  accessToken: string;
  refreshToken?: string;
  expiresAt: number;
  scope?: string;
}

class SessionStore {
  private readonly sessions = new Map<string, Session>();

  async getSession(id: string): Promise<Session | null> {
    const session = this.sessions.get(id);
    if (!session) return null;
    return this.ensureFresh(id, session);
  }

  private async ensureFresh(id: string, session: Session): Promise<Session | null> {
    if (session.expiresAt > Date.now() + 60_000) return session;
    return this.refreshTokens(id, session);
  }

  private async refreshTokens(id: string, session: Session): Promise<Session | null> {
    if (!session.refreshToken) return null;
    const accessToken = await refreshAccessToken({ refreshToken: session.refreshToken, scope: session.scope });
    const next = { ...session, accessToken, expiresAt: Date.now() + 3_600_000 };
    this.sessions.set(id, next);
    return next;
  }
}

export const sessionStore = new SessionStore();
