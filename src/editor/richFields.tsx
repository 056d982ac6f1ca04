/** Inspector fields for the structured parts of a recommendation: doses, evidence, do-not items. */
import { DOSE_FIELDS } from '../model/doseFields';
import type { DoNotItem, Dose, Evidence, Reference } from '../model/types';
import { ListField, SelectField, TextField } from './fields';

export function DosesField({
  doses,
  onChange,
}: {
  doses: Dose[];
  onChange: (d: Dose[] | undefined) => void;
}) {
  return (
    <ListField
      label="Doses"
      items={doses}
      onChange={onChange}
      blank={(): Dose => ({ drug: 'New drug' })}
      addLabel="Add dose"
      render={(dose, set) => (
        <>
          <TextField
            label="Drug"
            value={dose.drug}
            onChange={(v) => {
              set({ ...dose, drug: v ?? '' });
            }}
          />
          {DOSE_FIELDS.slice(1).map(([key, label]) => (
            <TextField
              key={key}
              label={label}
              optional
              value={dose[key]}
              onChange={(v) => {
                set({ ...dose, [key]: v });
              }}
            />
          ))}
        </>
      )}
    />
  );
}

export function EvidenceFields({
  evidence,
  set,
}: {
  evidence: Evidence;
  set: (e: Evidence) => void;
}) {
  const field = (key: Exclude<keyof Evidence, 'direction'>, label: string) => (
    <TextField
      label={label}
      optional
      value={evidence[key]}
      onChange={(v) => {
        set({ ...evidence, [key]: v });
      }}
    />
  );
  return (
    <>
      {field('about', 'About')}
      {field('scheme', 'Scheme')}
      {field('level', 'Level')}
      {field('grade', 'Grade')}
      {field('strength', 'Strength')}
      <SelectField
        label="Direction"
        value={evidence.direction}
        options={[
          ['', 'Not stated'],
          ['for', 'For'],
          ['against', 'Against'],
        ]}
        onChange={(v) => {
          set({ ...evidence, direction: v === 'for' || v === 'against' ? v : undefined });
        }}
      />
      {field('note', 'Note')}
    </>
  );
}

export function EvidenceField({
  evidence,
  onChange,
}: {
  evidence: Evidence[];
  onChange: (e: Evidence[] | undefined) => void;
}) {
  return (
    <ListField
      label="Evidence"
      items={evidence}
      onChange={onChange}
      blank={(): Evidence => ({ note: 'The source gives no grade for this step.' })}
      addLabel="Add evidence"
      render={(e, set) => <EvidenceFields evidence={e} set={set} />}
    />
  );
}

export function DoNotField({
  items,
  onChange,
}: {
  items: DoNotItem[];
  onChange: (d: DoNotItem[] | undefined) => void;
}) {
  return (
    <ListField
      label="Do not"
      items={items}
      onChange={onChange}
      blank={(): DoNotItem => ({ what: 'Do not …' })}
      addLabel="Add do-not item"
      render={(item, set) => (
        <>
          <TextField
            label="What not to do"
            value={item.what}
            onChange={(v) => {
              set({ ...item, what: v ?? '' });
            }}
          />
          <TextField
            label="Why"
            optional
            multiline
            value={item.why}
            onChange={(v) => {
              set({ ...item, why: v });
            }}
          />
        </>
      )}
    />
  );
}

export function ReferencePicker({
  chosen,
  references,
  onChange,
}: {
  chosen: string[];
  references: Reference[];
  onChange: (ids: string[] | undefined) => void;
}) {
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="list-field">
      <legend>References</legend>
      {references.length === 0 && <p className="hint">Add references in the Tree panel first.</p>}
      {references.map((ref) => (
        <label key={ref.id} className="check">
          <input
            type="checkbox"
            checked={chosen.includes(ref.id)}
            onChange={(e) => {
              toggle(ref.id, e.target.checked);
            }}
          />
          <span>
            <code>{ref.id}</code> {ref.citation}
          </span>
        </label>
      ))}
      {chosen
        .filter((id) => !references.some((r) => r.id === id))
        .map((id) => (
          <p key={id} className="field-problem">
            Unknown reference “{id}”{' '}
            <button
              type="button"
              className="small-button"
              onClick={() => {
                toggle(id, false);
              }}
            >
              Remove
            </button>
          </p>
        ))}
    </fieldset>
  );
}
