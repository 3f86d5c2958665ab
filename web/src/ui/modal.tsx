import type { ComponentChildren } from 'preact';

/** A centred dialog over a dimmed page; Esc or the × closes it. */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ComponentChildren }) {
  return (
    <div class="modal-back" onPointerDown={(e) => e.target === e.currentTarget && onClose()}>
      <div class="modal" role="dialog" aria-label={title}>
        <div class="modal-head">
          <span>{title}</span>
          <button class="small" onClick={onClose} aria-label="Close">×</button>
        </div>
        <div class="modal-body">{children}</div>
      </div>
    </div>
  );
}
