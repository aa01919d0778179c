import { NoteList } from '../../ui/tableParts';
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_SOURCE_NAME, type ImportReview, type ReviewAnswer } from '../../data/import/importUseCase';
import type { ReadingChoices, ReadingQuestion } from '../../data/sheet/reading';
import { formatExactThousands } from '../../lib/format';
import { ProblemList } from '../../ui/ProblemList';

function ChoiceQuestion({ question, onChoose }: { question: Extract<ReadingQuestion, { kind: 'choice' }>; onChoose: (value: string) => void }) {
  const id = useId();
  // The answer shows at once; the file is read again meanwhile, and the reading that comes back has the last word.
  const [picked, setPicked] = useState({ value: question.chosen, from: question.chosen });
  if (picked.from !== question.chosen) setPicked({ value: question.chosen, from: question.chosen });
  return (
    <fieldset className="import-review__question">
      <legend>{question.prompt}</legend>
      {question.why ? <p className="import-review__why">{question.why}</p> : null}
      {question.options.map((option) => (
        <div key={option.value} className="import-review__option">
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={`${id}-${question.id}`}
            value={option.value}
            checked={picked.value === option.value}
            aria-describedby={option.examples.length > 0 ? `${id}-${option.value}-examples` : undefined}
            onChange={() => {
              setPicked({ value: option.value, from: question.chosen });
              onChoose(option.value);
            }}
          />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          {option.examples.length > 0 ? (
            <ul id={`${id}-${option.value}-examples`} className="import-review__examples">
              {option.examples.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

function CountryQuestion({ question, onAnswer }: { question: Extract<ReadingQuestion, { kind: 'text' }>; onAnswer: (value: string) => void }) {
  const [value, setValue] = useState(question.chosen ?? question.suggested);
  const id = useId();
  return (
    <div className="import-review__question">
      <label htmlFor={id}>{question.prompt}</label>
      {question.why ? <p className="import-review__why">{question.why}</p> : null}
      <div className="import-review__inline">
        <input id={id} type="text" value={value} maxLength={120} onChange={(e) => { setValue(e.target.value); }} />
        <button
          type="button"
          className="button button--secondary"
          disabled={value.trim() === '' || value.trim() === question.chosen}
          onClick={() => {
            onAnswer(value.trim());
          }}
        >
          {question.chosen === null ? 'Use this country' : 'Change country'}
        </button>
      </div>
    </div>
  );
}

/**
 * How a spreadsheet or CSV was read, before anything is saved: the reading in
 * words, what was skipped, the first rows as the dashboard will show them,
 * and what the file leaves open. Import stays off until every question has
 * an answer; Cancel saves nothing.
 */
export function ImportReviewForm({ review, queued, answer }: { review: ImportReview; queued: number; answer: (a: ReviewAnswer) => void }) {
  const { reading } = review;
  const id = useId();
  const [name, setName] = useState(review.suggestedName);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form stays on screen while the file is read again, so focus stays where the officer answered.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  const choose = (question: ReadingQuestion['id'], value: string) => {
    const choices: ReadingChoices = { ...reading.choices, [question]: value };
    answer({ kind: 'reread', choices });
  };
  const [first] = reading.preview;
  const sourceName = name.trim() === '' ? review.suggestedName : name.trim();
  return (
    <form
      className="source-question import-review"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!review.ready) return;
        answer({ kind: 'import', sourceName: review.needsSourceName ? sourceName : null });
      }}
    >
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Check how {review.fileName} was read
      </h3>
      <p className="import-review__summary">{reading.summary}.</p>
      <NoteList notes={reading.notes} label="Also found in the file" className="import-review__notes" />
      {review.problems.length > 0 ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">Read that way, the file cannot be imported. Choose another answer, or correct the file and import it again:</p>
          <ProblemList problems={review.problems} />
        </div>
      ) : null}
      {reading.questions.map((q) =>
        q.kind === 'choice' ? (
          <ChoiceQuestion key={q.id} question={q} onChoose={(value) => { choose(q.id, value); }} />
        ) : (
          <CountryQuestion key={q.id} question={q} onAnswer={(value) => { choose(q.id, value); }} />
        ),
      )}
      {first && review.problems.length === 0 ? (
        <>
          <p id={`${id}-preview`} className="import-review__why">
            {reading.preview.length === reading.rows ? `The ${reading.rows === 1 ? 'row' : `${reading.rows} rows`}` : `The first ${reading.preview.length} of ${reading.rows} rows`} as the
            dashboard will show them (as written in the file → USD thousands):
          </p>
          <div className="table-scroll">
            <table className="import-review__preview" aria-labelledby={`${id}-preview`}>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Country</th>
                  <th scope="col">Funding line</th>
                  {first.figures.map((f) => (
                    <th key={f.column} scope="col">
                      {f.column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {reading.preview.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <th scope="row">
                      <bdi>{row.country}</bdi>
                    </th>
                    <td>{row.line}</td>
                    {row.figures.map((f) => (
                      <td key={f.column} className="num">
                        {f.thousands === null ? (
                          'empty → not reported'
                        ) : (
                          <>
                            <code>{f.raw}</code> → {formatExactThousands(f.thousands)}
                          </>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {review.needsSourceName && review.ready ? (
        <div className="import-review__question">
          <label htmlFor={`${id}-name`}>Name the report edition or office they come from</label>
          <p className="import-review__why">The file has no “Source” column to say where its figures come from.</p>
          <input id={`${id}-name`} type="text" value={name} maxLength={MAX_SOURCE_NAME} onChange={(e) => { setName(e.target.value); }} />
        </div>
      ) : null}
      <div className="source-question__buttons">
        <button type="submit" className="button" disabled={!review.ready}>
          {review.needsSourceName ? `Import as “${sourceName}”` : `Import ${reading.rows} funding line${reading.rows === 1 ? '' : 's'}`}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            answer({ kind: 'cancel' });
          }}
        >
          Cancel import
        </button>
      </div>
      {!review.ready && review.problems.length === 0 ? <p className="import-review__why">Answer the question{reading.questions.filter((q) => q.chosen === null).length === 1 ? '' : 's'} above to import.</p> : null}
      {queued > 0 ? <p className="import-review__why">Then {queued} more {queued === 1 ? 'file' : 'files'}, one at a time.</p> : null}
    </form>
  );
}
