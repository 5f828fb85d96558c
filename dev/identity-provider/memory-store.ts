import type { Adapter, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number;
}

/**
 * An oidc-provider adapter that keeps its records (interactions, codes, sessions, grants) in a
 * Map for one provider instance: a test provider may forget everything when it stops.
 */
export function memoryStore(): new (model: string) => Adapter {
  const entries = new Map<string, Entry>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key);
    return entries.get(key);
  };
  const findWhere = (model: string, match: (p: AdapterPayload) => boolean) => {
    for (const key of entries.keys()) {
      const entry = key.startsWith(`${model}:`) ? live(key) : undefined;
      if (entry && match(entry.payload)) return entry.payload;
    }
    return undefined;
  };

  return class MemoryStore implements Adapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: AdapterPayload, expiresIn?: number) {
      entries.set(this.key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
    }

    async find(id: string) {
      return live(this.key(id))?.payload;
    }

    async findByUid(uid: string) {
      return findWhere(this.model, (p) => p.uid === uid);
    }

    async findByUserCode(userCode: string) {
      return findWhere(this.model, (p) => p.userCode === userCode);
    }

    async consume(id: string) {
      const entry = live(this.key(id));
      if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string) {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of entries) if (entry.payload.grantId === grantId) entries.delete(key);
    }
  };
}
