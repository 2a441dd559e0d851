// The shortcuts of the search screen, as the `Keyboard shortcuts` dialog lists them.
import type { ShortcutDescription } from '../../components/keyboard-shortcuts-dialog';

export const KEYBOARD_SHORTCUTS: ShortcutDescription[] = [
  { keys: ['/'], does: 'Go to Quick lookup' },
  { keys: ['j'], does: 'Next case (on to the next page at the end)' },
  { keys: ['k'], does: 'Previous case' },
  { keys: ['c'], does: 'Open the customer of the current case' },
  { keys: ['a'], does: 'Open the activities of the current case' },
  { keys: ['Escape'], does: 'Close the open pane' },
  { keys: ['?'], does: 'Show this list' },
];
