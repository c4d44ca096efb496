import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../cli/color-support.js';
import { progressLine } from '../../cli/progress-line.js';

describe('colour', () => {
  it('is on only for a terminal, off with NO_COLOR, forced by FORCE_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({}, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('progress line', () => {
  function fakeClock() {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  }

  it('stays silent for short runs', () => {
    const written: string[] = [];
    const clock = fakeClock();
    const progress = progressLine({ isTTY: true, write: (t) => written.push(t) }, clock.now);
    clock.advance(100);
    progress.update(1, 10);
    progress.clear();
    expect(written).toEqual([]);
  });

  it('draws in place after half a second, at most every 100 ms, and erases itself', () => {
    const written: string[] = [];
    const clock = fakeClock();
    const progress = progressLine({ isTTY: true, write: (t) => written.push(t) }, clock.now);
    clock.advance(600);
    progress.update(120, 1500);
    clock.advance(50);
    progress.update(130, 1500);
    clock.advance(60);
    progress.update(140, 1500);
    progress.clear();
    expect(written).toEqual([
      '\r\u001b[Kagentvet: analysing 120/1,500 files',
      '\r\u001b[Kagentvet: analysing 140/1,500 files',
      '\r\u001b[K',
    ]);
  });
});
