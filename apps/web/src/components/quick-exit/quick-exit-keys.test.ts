import {
  initialQuickExitKeyState,
  nextQuickExitKeyState,
  type KeyInput,
  type QuickExitKeyState,
} from '@/components/quick-exit/quick-exit-keys';

function run(inputs: KeyInput[]): boolean[] {
  let state: QuickExitKeyState = initialQuickExitKeyState;
  return inputs.map((input) => {
    const next = nextQuickExitKeyState(state, input);
    state = next.state;
    return next.exit;
  });
}

const shift = (time: number): KeyInput[] => [
  { type: 'keydown', key: 'Shift', time },
  { type: 'keyup', key: 'Shift', time: time + 80 },
];

const exits = (inputs: KeyInput[]) => run(inputs).some(Boolean);

describe('Quick exit shortcut', () => {
  it('fires on the third lone Shift press within five seconds', () => {
    const results = run([...shift(0), ...shift(1000), ...shift(2000)]);
    expect(results.at(-1)).toBe(true);
    expect(results.slice(0, -1).some(Boolean)).toBe(false);
  });

  it('does not fire when three presses are spread over more than five seconds', () => {
    expect(exits([...shift(0), ...shift(3000), ...shift(6000)])).toBe(false);
  });

  it('counts only the presses inside the last five seconds', () => {
    expect(exits([...shift(0), ...shift(3000), ...shift(6000), ...shift(7000)])).toBe(true);
  });

  it('does not count Shift used as a modifier, and starts the count again', () => {
    const capitalA: KeyInput[] = [
      { type: 'keydown', key: 'Shift', time: 1000 },
      { type: 'keydown', key: 'A', time: 1050 },
      { type: 'keyup', key: 'A', time: 1100 },
      { type: 'keyup', key: 'Shift', time: 1150 },
    ];
    expect(exits([...shift(0), ...capitalA, ...shift(2000)])).toBe(false);
    expect(exits([...shift(0), ...capitalA, ...shift(2000), ...shift(2500)])).toBe(false);
    expect(exits([...shift(0), ...capitalA, ...shift(2000), ...shift(2500), ...shift(3000)])).toBe(true);
  });

  it('starts the count again when any other key is pressed in between', () => {
    const tab: KeyInput[] = [
      { type: 'keydown', key: 'Tab', time: 1500 },
      { type: 'keyup', key: 'Tab', time: 1550 },
    ];
    expect(exits([...shift(0), ...shift(1000), ...tab, ...shift(2000)])).toBe(false);
  });

  it('ignores the repeats of a Shift key held down', () => {
    const held: KeyInput[] = [
      { type: 'keydown', key: 'Shift', time: 0 },
      { type: 'keydown', key: 'Shift', repeat: true, time: 500 },
      { type: 'keydown', key: 'Shift', repeat: true, time: 550 },
      { type: 'keyup', key: 'Shift', time: 600 },
    ];
    expect(exits(held)).toBe(false);
    expect(exits([...held, ...shift(1000)])).toBe(false);
  });

  it('forgets the count after a reset, such as the window losing focus', () => {
    expect(exits([...shift(0), ...shift(1000), { type: 'reset' }, ...shift(2000)])).toBe(false);
  });
});
