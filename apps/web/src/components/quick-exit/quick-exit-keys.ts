/**
 * Counts the Quick exit shortcut: Shift pressed three times within five seconds. A press counts
 * only when Shift goes down and up with no other key in between, so typing a capital letter
 * never counts, and any other key starts the count again. Pure: the caller passes the time.
 */

export const requiredPresses = 3;
export const windowMs = 5000;

export type KeyInput = { type: 'keydown' | 'keyup'; key: string; repeat?: boolean; time: number } | { type: 'reset' };

export interface QuickExitKeyState {
  /** When each counted press ended, oldest first. */
  readonly presses: readonly number[];
  readonly shiftDown: boolean;
  /** Whether the Shift press under way has been on its own so far. */
  readonly shiftAlone: boolean;
}

export const initialQuickExitKeyState: QuickExitKeyState = { presses: [], shiftDown: false, shiftAlone: false };

export function nextQuickExitKeyState(state: QuickExitKeyState, input: KeyInput): { state: QuickExitKeyState; exit: boolean } {
  if (input.type === 'reset') return { state: initialQuickExitKeyState, exit: false };

  if (input.key !== 'Shift') {
    if (input.type === 'keyup') return { state, exit: false };
    return { state: { presses: [], shiftDown: state.shiftDown, shiftAlone: false }, exit: false };
  }

  if (input.type === 'keydown') {
    if (input.repeat || state.shiftDown) return { state, exit: false };
    return { state: { ...state, shiftDown: true, shiftAlone: true }, exit: false };
  }

  if (!state.shiftDown || !state.shiftAlone) {
    return { state: { ...state, shiftDown: false, shiftAlone: false }, exit: false };
  }
  const presses = [...state.presses.filter((time) => input.time - time <= windowMs), input.time];
  if (presses.length >= requiredPresses) return { state: initialQuickExitKeyState, exit: true };
  return { state: { presses, shiftDown: false, shiftAlone: false }, exit: false };
}
