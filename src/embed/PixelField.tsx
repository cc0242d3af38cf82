/** One labelled whole-pixel input of the embed form (the frame's width and height). */
import { useId } from 'react';

interface Props {
  label: string;
  min: number;
  max: number;
  value: number;
  /** The raw number typed; the form clamps it. */
  onChange: (value: number) => void;
  describedBy?: string;
}

export function PixelField({ label, min, max, value, onChange, describedBy }: Props) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="embed-form__height">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={10}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
    </>
  );
}
