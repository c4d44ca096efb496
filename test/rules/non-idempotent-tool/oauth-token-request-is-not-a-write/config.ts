// Settings read from the environment: the sign-in endpoint is whatever the deployment says.
export interface HostingSettings {
  AUTH: { TOKEN_URL?: string; CLIENT_ID?: string };
}

export const CONFIG: HostingSettings = {
  AUTH: { TOKEN_URL: process.env.HOSTING_TOKEN_URL, CLIENT_ID: process.env.HOSTING_CLIENT_ID },
};
