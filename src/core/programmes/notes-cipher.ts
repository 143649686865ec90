/**
 * AES-256-GCM for programme notes (TRiM's, StRaW's, …). The key comes from the environment (read in config, handed in by the
 * composition root); without one, notes are refused rather than stored in clear. Each ciphertext is
 * bound to its assessment id (additional authenticated data), so it cannot be pasted onto another row,
 * and names the key it was made with, so a changed key is reported instead of yielding garbage.
 * A previous key may be held beside the current one while keys are rotated: notes made with it stay
 * readable, nothing new is written with it, and `peerline trim:rekey` moves them onto the current key.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
/** GCM would otherwise accept a tag cut down to 4 bytes, and with it forgeries at 32-bit odds. */
const TAG_BYTES = 16;
const VERSION = 'v1';

/** One AES-256 key and its fingerprint. */
class NotesKey {
  readonly bytes: Buffer;
  /** A short, non-secret fingerprint of the key, stored beside each ciphertext. */
  readonly id: string;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('a TRiM notes key is 32 bytes');
    this.bytes = Buffer.from(key);
    this.id = createHash('sha256').update('peerline-trim-notes').update(key).digest('base64url').slice(0, 8);
  }
}

/** What re-encrypting one stored note under the current key came to. */
export type Rekeyed = { readonly state: 'current' } | { readonly state: 'unreadable' } | { readonly state: 're-encrypted'; readonly stored: string };

export class NotesCipher {
  readonly #current: NotesKey;
  readonly #previous: NotesKey | null;
  /** The current key's fingerprint: what new ciphertexts name. */
  readonly keyId: string;

  /** `previous`: the key being rotated away from, read-only (PEERLINE_TRIM_KEY_PREVIOUS). */
  constructor(key: Buffer, previous: Buffer | null = null) {
    this.#current = new NotesKey(key);
    this.#previous = previous === null ? null : new NotesKey(previous);
    this.keyId = this.#current.id;
  }

  encrypt(plaintext: string, boundTo: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#current.bytes, iv);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, this.keyId, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  /** The note, or null when it was made with a key held by neither slot or has been altered. */
  decrypt(stored: string, boundTo: string): string | null {
    const [version, keyId, iv, tag, body] = stored.split('.');
    const key = keyId === this.#current.id ? this.#current : keyId === this.#previous?.id ? this.#previous : null;
    if (version !== VERSION || key === null || iv === undefined || tag === undefined || body === undefined) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // An authentication failure is the expected answer for tampered or foreign data, not a fault.
      return null;
    }
  }

  /** The stored note under the current key: unchanged when it is already (and reads), else decrypted and encrypted again. */
  rekey(stored: string, boundTo: string): Rekeyed {
    const plaintext = this.decrypt(stored, boundTo);
    if (plaintext === null) return { state: 'unreadable' };
    return stored.split('.')[1] === this.keyId ? { state: 'current' } : { state: 're-encrypted', stored: this.encrypt(plaintext, boundTo) };
  }
}

/** Parses the configured key: 32 bytes as 64 hex digits or as base64. Null when it is neither. */
export function parseNotesKey(raw: string): Buffer | null {
  const text = raw.trim();
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    return bytes.length === 32 ? bytes : null;
  }
  return null;
}
