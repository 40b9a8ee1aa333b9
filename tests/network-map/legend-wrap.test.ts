import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../renderer/src/screens/network/map-export';

const measure = (text: string) => text.length * 7.6;

describe("an exported legend's labels", () => {
  it('break between words into lines no wider than the column, losing no word', () => {
    const label = 'kwetsbare schakel: wie wegvalt, splitst het netwerk';
    const lines = wrapLabel(label, 230, measure);
    expect(lines).toEqual(['kwetsbare schakel: wie', 'wegvalt, splitst het netwerk']);
    expect(lines.every((line) => measure(line) <= 230)).toBe(true);
    expect(lines.join(' ')).toBe(label);
  });

  it('keep a short label on one line, and a word longer than the column whole on its own', () => {
    expect(wrapLabel('welzijn', 230, measure)).toEqual(['welzijn']);
    expect(wrapLabel('a vrijwilligersorganisatiesamenwerkingsverband b', 100, measure)).toEqual(['a', 'vrijwilligersorganisatiesamenwerkingsverband', 'b']);
  });
});
