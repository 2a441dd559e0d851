// The shortcuts of the search screen, as the `Keyboard shortcuts` dialog lists them.
import type { ShortcutDescription } from '../../components/keyboard-shortcuts-dialog';

export const KEYBOARD_SHORTCUTS: ShortcutDescription[] = [
  { keys: ['/'], does: 'shortcuts.quickLookup' },
  { keys: ['j'], does: 'shortcuts.next' },
  { keys: ['k'], does: 'shortcuts.previous' },
  { keys: ['c'], does: 'shortcuts.customer' },
  { keys: ['a'], does: 'shortcuts.activities' },
  { keys: ['Escape'], does: 'shortcuts.close' },
  { keys: ['?'], does: 'shortcuts.help' },
];
