import { useEffect, useState } from 'react';
import { addComment, getComments, setCommentStatus } from '../io/versionsApi';
import type { StepComment } from '../model/comments';
import { own } from '../model/own';
import { useReview, useReviewStore } from './reviewStore';
import { useEditorState, useStore } from './useEditorStore';
import { rememberedName, rememberName } from './yourName';

/**
 * Loads the tree's comments into the review store, so the canvas shows their badges whichever
 * panel is open. Returns whether the comments API is there (it is not in the static build).
 */
export function useCommentsLoader(): boolean | undefined {
  const review = useReviewStore();
  const treeId = useEditorState((s) => s.history.doc.tree.id);
  const [available, setAvailable] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getComments(treeId).then((result) => {
      if (!live) return;
      setAvailable(result.ok || result.kind === 'error');
      if (result.ok) review.set({ comments: result.value });
    });
    return () => {
      live = false;
    };
  }, [review, treeId]);
  return available;
}

/** Reviewers' comments on steps: add one to the selected step, resolve or reopen, jump to a step. */
export function CommentsPanel() {
  const store = useStore();
  const review = useReviewStore();
  const file = useReview((s) => s.comments);
  const tree = useEditorState((s) => s.history.doc.tree);
  const selection = useEditorState((s) => s.selection);
  const [author, setAuthor] = useState(rememberedName);
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const step = selection?.kind === 'state' ? selection.id : undefined;

  const update = (comment: StepComment) => {
    const comments = file?.comments ?? [];
    const known = comments.some((c) => c.id === comment.id);
    review.set({
      comments: {
        $schema: './comments.schema.json',
        tree: tree.id,
        comments: known
          ? comments.map((c) => (c.id === comment.id ? comment : c))
          : [...comments, comment],
      },
    });
  };
  const keepName = () => {
    rememberName(author);
  };
  const submit = () => {
    if (step === undefined) return;
    if (author.trim() === '' || text.trim() === '') {
      setError('Give your name and a comment.');
      return;
    }
    keepName();
    void addComment(tree.id, { step, author, text }).then((result) => {
      if (result.ok) {
        update(result.value.comment);
        setText('');
        setError('');
      } else setError(`Not added: ${result.message}`);
    });
  };
  const toggle = (comment: StepComment) => {
    if (author.trim() === '') {
      setError('Give your name first: it is recorded with the change.');
      return;
    }
    keepName();
    const status = comment.status === 'open' ? 'resolved' : 'open';
    void setCommentStatus(tree.id, comment.id, status, author).then((result) => {
      if (result.ok) {
        update(result.value.comment);
        setError('');
      } else setError(`Not changed: ${result.message}`);
    });
  };

  const all = [...(file?.comments ?? [])].sort(
    (a, b) => Number(a.status === 'resolved') - Number(b.status === 'resolved'),
  );
  return (
    <div className="comments-panel">
      <h2>Comments</h2>
      <p className="hint">For reviewers and authors; the player never shows them.</p>
      <div className="field">
        <label htmlFor="comment-author">Your name</label>
        <input
          id="comment-author"
          value={author}
          onChange={(e) => {
            setAuthor(e.target.value);
          }}
        />
      </div>
      {step === undefined ? (
        <p className="hint">Select a step on the canvas to comment on it.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <div className="field">
            <label htmlFor="comment-text">
              Comment on <code>{step}</code>
            </label>
            <textarea
              id="comment-text"
              value={text}
              onChange={(e) => {
                setText(e.target.value);
              }}
            />
          </div>
          <button type="submit" className="small-button primary">
            Add comment
          </button>
        </form>
      )}
      {error && (
        <p className="editor-message" role="alert">
          {error}
        </p>
      )}
      <ul className="comment-list" aria-label="All comments">
        {all.map((c) => (
          <li key={c.id} className={`comment comment-${c.status}`}>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                if (own(tree.states, c.step)) store.select({ kind: 'state', id: c.step });
              }}
            >
              <code>{c.step}</code>
            </button>
            {!own(tree.states, c.step) && <em> (step no longer in the draft)</em>}{' '}
            <span className="comment-meta">
              {c.author}, {c.date.replace('T', ' ').replace('Z', ' UTC')} · {c.status}
              {c.resolvedBy !== undefined && ` by ${c.resolvedBy}`}
            </span>
            <p className="comment-text">{c.text}</p>
            <button
              type="button"
              className="small-button"
              onClick={() => {
                toggle(c);
              }}
            >
              {c.status === 'open' ? 'Resolve' : 'Reopen'}
            </button>
          </li>
        ))}
      </ul>
      {all.length === 0 && <p className="hint">No comments yet.</p>}
    </div>
  );
}
