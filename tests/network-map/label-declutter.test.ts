import { describe, expect, it } from 'vitest';
import { labelsWithoutOverlap, type LabelBox } from '../../renderer/src/screens/network/label-declutter';

const box = (id: string, x: number, y: number, importance: number, width = 100): LabelBox => ({ id, x1: x, y1: y, x2: x + width, y2: y + 16, importance });
const overlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('labels without overlap', () => {
  it('keeps the more important of two colliding labels and every label that collides with none', () => {
    const shown = labelsWithoutOverlap([box('small', 50, 5, 1), box('big', 0, 0, 10), box('apart', 400, 0, 0)]);
    expect([...shown].sort()).toEqual(['apart', 'big']);
  });

  it('keeps a gap: labels that only touch count as colliding', () => {
    expect([...labelsWithoutOverlap([box('a', 0, 0, 2), box('b', 101, 0, 1)])]).toEqual(['a']);
  });

  it('shows no two overlapping labels among hundreds spread over cells, and shows most of those that had room', () => {
    // A deterministic scatter: 600 labels of varying width over a 1366×768 screen.
    const boxes = Array.from({ length: 600 }, (_, index) => box(`n${index}`, (index * 7919) % 1300, (index * 104729) % 740, index % 37, 40 + (index % 5) * 30));
    const shown = boxes.filter((candidate) => labelsWithoutOverlap(boxes).has(candidate.id));
    for (const [index, a] of shown.entries()) for (const b of shown.slice(index + 1)) expect(overlap(a, b)).toBe(false);
    // Greedy and maximal: every hidden label collides with a shown one.
    const hidden = boxes.filter((candidate) => !shown.includes(candidate));
    expect(hidden.every((candidate) => shown.some((other) => overlap({ ...candidate, x1: candidate.x1 - 3, x2: candidate.x2 + 3, y1: candidate.y1 - 3, y2: candidate.y2 + 3 }, other)))).toBe(true);
    expect(shown.length).toBeGreaterThan(50);
  });
});
