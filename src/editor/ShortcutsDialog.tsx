import { useEffect, useRef } from 'react';
import { isMac, shortcutList } from './shortcuts';

interface Props {
  open: boolean;
  onClose: () => void;
}

/** The list of keyboard shortcuts, opened with "?" (a modal `<dialog>`; Escape closes it). */
export function ShortcutsDialog({ open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);
  const mac = typeof navigator !== 'undefined' && isMac(navigator.userAgent);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts-table">
        <tbody>
          {shortcutList(mac).map((shortcut) => (
            <tr key={shortcut.does}>
              <td>
                {shortcut.keys.map((keys, i) => (
                  <span key={keys}>
                    {i > 0 && ' or '}
                    <kbd>{keys}</kbd>
                  </span>
                ))}
              </td>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="small-button" autoFocus onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
