/** Small form fields for the inspector. Each reports a new value; the caller turns it into an edit. */
import { useId, type ReactNode } from 'react';

interface TextProps {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  multiline?: boolean;
  /** Optional fields are removed from the file when emptied; required ones keep the empty string. */
  optional?: boolean;
  hint?: string;
}

export function TextField({ label, value, onChange, multiline, optional, hint }: TextProps) {
  const id = useId();
  const change = (text: string) => {
    onChange(optional && text === '' ? undefined : text);
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> (optional)</span>}
      </label>
      {multiline ? (
        <textarea
          id={id}
          value={value ?? ''}
          rows={3}
          onChange={(e) => {
            change(e.target.value);
          }}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value ?? ''}
          onChange={(e) => {
            change(e.target.value);
          }}
        />
      )}
      {hint && <p className="hint">{hint}</p>}
    </div>
  );
}

interface ListProps<T> {
  label: string;
  items: T[];
  onChange: (items: T[] | undefined) => void;
  blank: () => T;
  render: (item: T, set: (item: T) => void, index: number) => ReactNode;
  addLabel: string;
}

/** An editable list: items in order, with add, remove and move up. Empty lists are removed. */
export function ListField<T>({ label, items, onChange, blank, render, addLabel }: ListProps<T>) {
  const set = (index: number, item: T) => {
    onChange(items.map((old, i) => (i === index ? item : old)));
  };
  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    onChange(next.length > 0 ? next : undefined);
  };
  const moveUp = (index: number) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item !== undefined) next.splice(index - 1, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="list-field">
      <legend>{label}</legend>
      {items.map((item, i) => (
        <div key={i} className="list-item">
          <div className="list-item-body">
            {render(
              item,
              (v) => {
                set(i, v);
              },
              i,
            )}
          </div>
          <div className="list-item-tools">
            <button
              type="button"
              className="icon-button"
              onClick={() => {
                moveUp(i);
              }}
              disabled={i === 0}
              aria-label={`Move ${label} item ${i + 1} up`}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              onClick={() => {
                remove(i);
              }}
              aria-label={`Remove ${label} item ${i + 1}`}
            >
              ✕
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="small-button"
        onClick={() => {
          onChange([...items, blank()]);
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

interface SelectProps {
  label: string;
  value: string | undefined;
  options: [value: string, label: string][];
  onChange: (value: string | undefined) => void;
}

export function SelectField({ label, value, options, onChange }: SelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => {
          onChange(e.target.value === '' ? undefined : e.target.value);
        }}
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
