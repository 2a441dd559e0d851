// The handle between two side-by-side areas (WAI-ARIA window splitter): drag it with a pointer, or
// focus it and use the arrow keys (Shift for bigger steps), Home and End. Its value is the width of
// the area it controls, which sits to its right.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitHandleProps {
  label: string;
  /** Id of the area whose width this sets. */
  controls: string;
  value: number;
  min: number;
  max: number;
  onChange: (width: number) => void;
}

const STEP = 16;

export function SplitHandle({ label, controls, value, min, max, onChange }: SplitHandleProps) {
  const drag = useRef<{ startX: number; startValue: number } | null>(null);
  const clamp = (width: number): number => Math.round(Math.min(max, Math.max(min, width)));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const next: Record<string, number> = {
      // The area is on the right: moving the handle left widens it.
      ArrowLeft: value + step,
      ArrowRight: value - step,
      Home: min,
      End: max,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onChange(clamp(target));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startValue: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    if (!drag.current) return;
    onChange(clamp(drag.current.startValue + drag.current.startX - event.clientX));
  };
  const endDrag = (): void => {
    drag.current = null;
  };

  return (
    // A focusable separator is an interactive widget (the window splitter pattern).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      className="split-handle"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
    />
  );
}
