import { MAX_PROBLEMS_SHOWN, type DatasetProblem } from '../data/model/datasetError';

/** A file's problems, each where it is and what is wrong: the first fifty, then how many more. */
export function ProblemList({ problems }: { problems: readonly DatasetProblem[] }) {
  return (
    <>
      <ul className="problems">
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN ? <p>…and {problems.length - MAX_PROBLEMS_SHOWN} more.</p> : null}
    </>
  );
}
