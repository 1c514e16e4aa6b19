// The few parts of `oidc-provider` (which ships no types) that the single sign-on test uses.
declare module "oidc-provider" {
  import type { Server } from "node:http";

  export interface OidcAccount {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  export interface ProviderConfiguration {
    clients: Record<string, unknown>[];
    claims?: Record<string, string[]>;
    cookies?: { keys: string[] };
    ttl?: Record<string, number>;
    findAccount(context: unknown, sub: string): OidcAccount | undefined | Promise<OidcAccount | undefined>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: ProviderConfiguration);
    listen(port: number, host?: string): Server;
  }
}
