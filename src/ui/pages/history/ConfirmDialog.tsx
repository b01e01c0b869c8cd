import { useLayoutEffect, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  title: string;
  message: string;
  cancel: string;
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * A modal confirmation for something that cannot be undone: Cancel has the
 * focus, so Enter or Esc straight away keeps everything; focus goes back to
 * whatever opened it.
 */
export function ConfirmDialog({ title, message, cancel, confirm, onConfirm, onCancel }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Before the browser paints: the page behind must never be clickable while the question shows.
  useLayoutEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = dialog.current;
    node?.showModal();
    cancelButton.current?.focus();
    return () => {
      node?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      data-confirm
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title">{title}</h2>
      <p id="confirm-message">{message}</p>
      <button type="button" ref={cancelButton} data-action="cancel" onClick={onCancel}>
        {cancel}
      </button>{' '}
      <button type="button" data-action="confirm" class="danger" onClick={onConfirm}>
        {confirm}
      </button>
    </dialog>
  );
}
