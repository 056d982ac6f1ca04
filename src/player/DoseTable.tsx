import { DOSE_FIELDS } from '../model/doseFields';
import type { Dose } from '../model/types';

const columns = DOSE_FIELDS;

/**
 * Doses as a table; on narrow screens each row becomes a labelled card (see styles.css) that
 * leaves out the fields the source gives no value for, which the table shows as a dash.
 */
export function DoseTable({ doses }: { doses: Dose[] }) {
  if (doses.length === 0) return null;
  const used = columns.filter(([key]) => doses.some((d) => d[key] !== undefined));
  return (
    <section className="doses">
      <h3>Doses</h3>
      <table>
        <thead>
          <tr>
            {used.map(([key, label]) => (
              <th key={key} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {doses.map((dose, i) => (
            <tr key={i}>
              {used.map(([key, label]) =>
                key === 'drug' ? (
                  <th key={key} scope="row" data-label={label}>
                    {dose.drug}
                  </th>
                ) : (
                  <td
                    key={key}
                    data-label={label}
                    className={dose[key] === undefined ? 'dose-empty' : undefined}
                  >
                    {dose[key] ?? '—'}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
