import { present } from '../../shared/invariants/present';
import { shiftDate } from '../../shared/dates/shift-date';

/**
 * A small seeded random generator (mulberry32): the demo network must be
 * the same on every machine for the same seed, so Math.random is out.
 */
export class SeededRandom {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let value = this.#state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<Item>(items: readonly Item[]): Item {
    if (items.length === 0) throw new Error('pick from an empty list');
    // Within bounds: the item itself, whatever it is.
    return items[Math.floor(this.next() * items.length)] as Item;
  }

  /** Picks by weight: `[['warm', 3], ['koud', 1]]`. */
  weighted<Item>(entries: readonly (readonly [Item, number])[]): Item {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return present(entries.at(-1), 'a weighted entry')[0];
  }

  /** `count` different items, in random order. */
  sample<Item>(items: readonly Item[], count: number): Item[] {
    return this.shuffle(items).slice(0, Math.min(count, items.length));
  }

  shuffle<Item>(items: readonly Item[]): Item[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index--) {
      const other = Math.floor(this.next() * (index + 1));
      const held = copy[index] as Item;
      copy[index] = copy[other] as Item;
      copy[other] = held;
    }
    return copy;
  }

  /** A UUID-shaped id (version 4 layout) drawn from this generator. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
    const text = hex.join('');
    return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
  }
}

/** `YYYY-MM-DD` for `days` before (negative: after) the given date. */
export function daysBefore(today: string, days: number): string {
  return shiftDate(today, -days);
}

/** `days` after `date`, but never past `today`: a demo event cannot lie in the future. */
export function laterUpTo(date: string, days: number, today: string): string {
  const result = daysBefore(date, -days);
  return result > today ? today : result;
}
