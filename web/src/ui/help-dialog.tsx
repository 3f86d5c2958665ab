import { ACTIONS } from '../state/actions.js';
import { useApp } from './app-context.js';
import { Modal } from './modal.js';

/** Every shortcut, from the action registry. */
export function HelpDialog() {
  const { store } = useApp();
  return (
    <Modal title="Keyboard shortcuts" onClose={() => store.set({ ...store.get(), modal: null })}>
      <table class="keys">
        <tbody>
          {ACTIONS.filter((a) => a.shortcut).map((a) => (
            <tr key={a.name}>
              <td><kbd>{a.shortcut}</kbd></td>
              <td>{a.label}</td>
            </tr>
          ))}
          <tr><td><kbd>Space</kbd>+drag</td><td>Pan (also middle or right drag, or drag on empty canvas)</td></tr>
          <tr><td><kbd>Wheel</kbd></td><td>Zoom at the cursor</td></tr>
        </tbody>
      </table>
    </Modal>
  );
}
