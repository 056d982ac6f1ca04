import type { Problem } from '../model/types';

/** Validator problems, one per line: file, JSON path, message. */
export function ProblemList({ file, problems }: { file: string; problems: readonly Problem[] }) {
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i}>
          <code>{p.file === 'scenarios' ? file.replace(/\.json$/, '.scenarios.json') : file}</code>
          {p.path !== '' && (
            <>
              {' '}
              <code>{p.path}</code>
            </>
          )}
          : {p.message}
        </li>
      ))}
    </ul>
  );
}
