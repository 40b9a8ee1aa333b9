/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays unambiguous. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The randomness a pseudonym needs: the Web Crypto API, in Node and in the browser alike. */
export interface RandomSource {
  getRandomValues(values: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID(): string;
}

/** A casus as a successor sees it: a new id and a new code, both random. */
export interface Pseudonym {
  id: string;
  code: string;
}

/**
 * Hands out pseudonyms for one bundle: `P-2026-7KQ3M9`, 30 random bits from a
 * cryptographic RNG, and a random UUID. Nothing about the original (code, id,
 * the export time) goes in, so nothing in the bundle leads back to it; only
 * the sender's access log holds the pairing. Codes never repeat within a
 * bundle.
 */
export function pseudonymsFor(random: RandomSource = globalThis.crypto): { next(year: string): Pseudonym } {
  const used = new Set<string>();
  return {
    next(year) {
      let code: string;
      do {
        const bytes = random.getRandomValues(new Uint8Array(6));
        code = `P-${year}-${Array.from(bytes, (byte) => alphabet[byte & 31]).join('')}`;
      } while (used.has(code));
      used.add(code);
      return { id: random.randomUUID(), code };
    },
  };
}
