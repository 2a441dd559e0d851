// Whether the saved views show their counts, remembered on this browser (not sensitive). Off saves
// the count lookups for people on a slow or busy eGain server.
import { useState } from 'react';

const KEY = 'egain.savedViews.showCounts';

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function useShowCounts(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState(read);
  return [
    show,
    (next) => {
      setShow(next);
      try {
        window.localStorage.setItem(KEY, next ? 'on' : 'off');
      } catch {
        // Remembered for this page only.
      }
    },
  ];
}
